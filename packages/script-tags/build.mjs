// Builds one minified IIFE per script tag, then writes dist/manifest.json with
// each file's size (raw and gzip) and its Subresource Integrity hash (sha384).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const here = import.meta.dirname;
const outDir = join(here, "dist");

/** file name → [entry, global name, how the global is exposed] */
export const SCRIPT_TAGS = {
  "framelink-moonpay.js": { entry: "src/moonpay.ts", global: "FramelinkMoonPay" },
  "framelink-moneykit.js": { entry: "src/moneykit.ts", global: "MoneyKit", defaultExport: true },
  "framelink.js": { entry: "src/all.ts", global: "Framelink", alsoExpose: { MoneyKit: "MoneyKit" } },
};

let first = true;
for (const [fileName, tag] of Object.entries(SCRIPT_TAGS)) {
  await build({
    configFile: false,
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: first,
      target: "es2022",
      minify: true,
      sourcemap: false,
      lib: { entry: join(here, tag.entry), formats: ["iife"], name: tag.global, fileName: () => fileName },
      rolldownOptions: {
        output: {
          exports: tag.defaultExport ? "default" : "named",
          ...(tag.alsoExpose
            ? { footer: Object.entries(tag.alsoExpose).map(([name, key]) => `window.${name}=${tag.global}.${key};`).join("") }
            : {}),
        },
      },
    },
  });
  first = false;
}

const manifest = {};
for (const fileName of Object.keys(SCRIPT_TAGS)) {
  const bytes = readFileSync(join(outDir, fileName));
  manifest[fileName] = {
    global: SCRIPT_TAGS[fileName].global,
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    integrity: `sha384-${createHash("sha384").update(bytes).digest("base64")}`,
  };
}
writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
for (const [fileName, entry] of Object.entries(manifest)) {
  process.stdout.write(`${fileName.padEnd(24)} ${(entry.bytes / 1024).toFixed(1).padStart(6)} kB  gzip ${(entry.gzipBytes / 1024).toFixed(2).padStart(6)} kB  ${entry.integrity}\n`);
}
