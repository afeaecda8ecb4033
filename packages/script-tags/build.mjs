// Builds one minified IIFE per script tag, then writes dist/manifest.json with
// each file's size (raw and gzip) and its Subresource Integrity hash (sha384).
// The parts the packages load on first use (a dynamic import for bundlers)
// are built first, as files of their own; their names and hashes are compiled
// into the tags, which load them with SRI (src/load-script-part.ts).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const here = import.meta.dirname;
const outDir = join(here, "dist");

/** Parts loaded on first use: key (as in src/part-globals.ts) → file, entry, the module it stands in for. */
const PARTS = {
  connect: {
    file: "framelink-moonpay-connect.js",
    entry: "src/connect-part.ts",
    replaces: ["moonpay", "./connect-source.js", "src/connect-source-script.ts"],
    loadedBy: "the MoonPay tags, when the check says a connect comes next",
  },
  payments: {
    file: "framelink-moonpay-payments.js",
    entry: "src/payments-part.ts",
    replaces: ["moonpay", "./payments-source.js", "src/payments-source-script.ts"],
    loadedBy: "the MoonPay tags, once the customer has credentials",
  },
  oauth: {
    file: "framelink-moneykit-oauth.js",
    entry: "src/oauth-part.ts",
    replaces: ["moneykit", "./oauth-source.js", "src/oauth-source-script.ts"],
    loadedBy: "the MoneyKit tags, when Connect opens",
  },
  run: {
    file: "framelink-moneykit-connect.js",
    entry: "src/run-part.ts",
    replaces: ["moneykit", "./run-source.js", "src/run-source-script.ts"],
    loadedBy: "the MoneyKit tags, when `new MoneyKit()` is created",
  },
  x25519: {
    file: "framelink-x25519.js",
    entry: "src/x25519-part.ts",
    replaces: ["frames", "./x25519-source.js", "src/x25519-source-script.ts"],
    loadedBy: "the MoonPay tags, only in a browser whose Web Crypto has no X25519",
  },
};

/** file name → entry, global name, how the global is exposed */
export const SCRIPT_TAGS = {
  "framelink-moonpay.js": { entry: "src/moonpay.ts", global: "FramelinkMoonPay" },
  "framelink-moneykit.js": { entry: "src/moneykit.ts", global: "MoneyKit", defaultExport: true },
  "framelink.js": { entry: "src/all.ts", global: "Framelink", alsoExpose: { MoneyKit: "MoneyKit" } },
};

const integrityOf = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

// The tags are built from the packages' source, so that each part's source
// module can be swapped for the script-tag loader of that part.
const swapPartSources = {
  name: "framelink-part-sources",
  enforce: "pre",
  resolveId(source, importer) {
    // The vendor packages are built from their source, the core from its dist.
    const part = Object.values(PARTS).find(
      ({ replaces: [pkg, module] }) => source === module && importer?.includes(`/packages/${pkg}/`),
    );
    return part ? join(here, part.replaces[2]) : null;
  },
};

const compiledParts = {};
async function buildIife(fileName, { entry, global, defaultExport, alsoExpose }, emptyOutDir) {
  await build({
    configFile: false,
    logLevel: "warn",
    resolve: {
      alias: {
        "@framelink/moonpay": join(here, "../moonpay/src/index.ts"),
        "@framelink/moneykit": join(here, "../moneykit/src/index.ts"),
      },
    },
    plugins: [swapPartSources],
    define: { __PARTS__: JSON.stringify(compiledParts) },
    build: {
      outDir,
      emptyOutDir,
      target: "es2022",
      minify: true,
      sourcemap: false,
      lib: { entry: join(here, entry), formats: ["iife"], name: global ?? "FramelinkPart", fileName: () => fileName },
      rolldownOptions: {
        output: {
          exports: global ? (defaultExport ? "default" : "named") : "none",
          ...(alsoExpose
            ? {
                footer: Object.entries(alsoExpose)
                  .map(([name, key]) => `window.${name}=${global}.${key};`)
                  .join(""),
              }
            : {}),
        },
      },
    },
  });
}

let first = true;
for (const [key, part] of Object.entries(PARTS)) {
  await buildIife(part.file, { entry: part.entry }, first);
  first = false;
  compiledParts[key] = { file: part.file, integrity: integrityOf(readFileSync(join(outDir, part.file))) };
}
for (const [fileName, tag] of Object.entries(SCRIPT_TAGS)) await buildIife(fileName, tag, false);

const files = {
  ...Object.fromEntries(Object.values(PARTS).map((part) => [part.file, { loadedBy: part.loadedBy }])),
  ...Object.fromEntries(Object.entries(SCRIPT_TAGS).map(([file, tag]) => [file, { global: tag.global }])),
};
const manifest = {};
for (const [fileName, about] of Object.entries(files)) {
  const bytes = readFileSync(join(outDir, fileName));
  manifest[fileName] = {
    ...about,
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    integrity: integrityOf(bytes),
  };
}
writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
for (const [fileName, entry] of Object.entries(manifest)) {
  process.stdout.write(
    `${fileName.padEnd(24)} ${(entry.bytes / 1024).toFixed(1).padStart(6)} kB  gzip ${(entry.gzipBytes / 1024).toFixed(2).padStart(6)} kB  ${entry.integrity}\n`,
  );
}
