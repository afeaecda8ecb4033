// Builds one minified IIFE per script tag, then writes dist/manifest.json with
// each file's size (raw and gzip) and its Subresource Integrity hash (sha384).
// The MoonPay payment calls are built first, as a file of their own that the
// MoonPay tags load on first use; its hash is compiled into those tags.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const here = import.meta.dirname;
const outDir = join(here, "dist");

const PAYMENTS_FILE = "framelink-moonpay-payments.js";

/** file name → [entry, global name, how the global is exposed] */
export const SCRIPT_TAGS = {
  [PAYMENTS_FILE]: { entry: "src/moonpay-payments.ts", global: "FramelinkMoonPayPayments", lazy: true },
  "framelink-moonpay.js": { entry: "src/moonpay.ts", global: "FramelinkMoonPay" },
  "framelink-moneykit.js": { entry: "src/moneykit.ts", global: "MoneyKit", defaultExport: true },
  "framelink.js": { entry: "src/all.ts", global: "Framelink", alsoExpose: { MoneyKit: "MoneyKit" } },
};

const integrityOf = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

// The tags build the MoonPay client from its source, so that one module can be
// swapped: the package's `payments-source` (a dynamic import, for bundlers)
// becomes src/payments-source-script.ts (a second script with SRI).
const moonpaySource = join(here, "../moonpay/src/index.ts");
const swapPaymentsSource = {
  name: "framelink-payments-source",
  enforce: "pre",
  resolveId(source, importer) {
    if (source === "./payments-source.js" && importer?.includes("/moonpay/src/")) return join(here, "src/payments-source-script.ts");
    return null;
  },
};

let first = true;
let paymentsIntegrity;
for (const [fileName, tag] of Object.entries(SCRIPT_TAGS)) {
  await build({
    configFile: false,
    logLevel: "warn",
    resolve: { alias: { "@framelink/moonpay": moonpaySource } },
    plugins: [swapPaymentsSource],
    define: {
      __PAYMENTS_FILE__: JSON.stringify(PAYMENTS_FILE),
      __PAYMENTS_INTEGRITY__: JSON.stringify(paymentsIntegrity ?? ""),
    },
    build: {
      outDir,
      emptyOutDir: first,
      target: "es2022",
      minify: true,
      sourcemap: false,
      lib: { entry: join(here, tag.entry), formats: ["iife"], name: tag.global, fileName: () => fileName },
      rolldownOptions: {
        output: {
          exports: tag.lazy ? "none" : tag.defaultExport ? "default" : "named",
          ...(tag.alsoExpose
            ? { footer: Object.entries(tag.alsoExpose).map(([name, key]) => `window.${name}=${tag.global}.${key};`).join("") }
            : {}),
        },
      },
    },
  });
  first = false;
  if (fileName === PAYMENTS_FILE) paymentsIntegrity = integrityOf(readFileSync(join(outDir, PAYMENTS_FILE)));
}

const manifest = {};
for (const fileName of Object.keys(SCRIPT_TAGS)) {
  const bytes = readFileSync(join(outDir, fileName));
  manifest[fileName] = {
    global: SCRIPT_TAGS[fileName].global,
    ...(SCRIPT_TAGS[fileName].lazy ? { loadedBy: "the MoonPay tags, on the first payment call" } : {}),
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    integrity: integrityOf(bytes),
  };
}
writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
for (const [fileName, entry] of Object.entries(manifest)) {
  process.stdout.write(`${fileName.padEnd(24)} ${(entry.bytes / 1024).toFixed(1).padStart(6)} kB  gzip ${(entry.gzipBytes / 1024).toFixed(2).padStart(6)} kB  ${entry.integrity}\n`);
}
