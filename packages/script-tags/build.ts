// Builds one minified IIFE per script tag, then writes dist/manifest.json with
// each file's size (raw and gzip) and its Subresource Integrity hash (sha384).
// The parts the packages load on first use (a dynamic import for bundlers)
// are built first, as files of their own, from the registry in src/parts.ts;
// their names and hashes are compiled into the tags, which load them with SRI
// (src/load-script-part.ts). Each tag swaps its packages' part-sources module
// for one generated from the registry; the build fails if a declared swap did
// not happen, or if a package's parts and the registry disagree.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "vite";
import { partSources as framesParts } from "../frames/src/part-sources.js";
import { partSources as moneykitParts } from "../moneykit/src/part-sources.js";
import { partSources as moonpayParts } from "../moonpay/src/part-sources.js";
import { type CompiledPart, PARTS, type PartKey, type PartPackage, partGlobal } from "./src/parts.js";

const here = import.meta.dirname;
const outDir = join(here, "dist");
const packageDir = (pkg: PartPackage) => join(here, "..", pkg);

interface TagSpec {
  readonly entry: string;
  readonly global: string;
  readonly defaultExport?: boolean;
  readonly alsoExpose?: Record<string, string>;
  /** The packages whose part-sources this tag must swap. */
  readonly swaps: readonly PartPackage[];
}

/** file name → entry, global name, how the global is exposed, the swaps it must make. */
export const SCRIPT_TAGS: Record<string, TagSpec> = {
  "framelink-moonpay.js": { entry: "src/moonpay.ts", global: "FramelinkMoonPay", swaps: ["moonpay", "frames"] },
  "framelink-moneykit.js": { entry: "src/moneykit.ts", global: "MoneyKit", defaultExport: true, swaps: ["moneykit"] },
  "framelink.js": {
    entry: "src/all.ts",
    global: "Framelink",
    alsoExpose: { MoneyKit: "MoneyKit" },
    swaps: ["moonpay", "moneykit", "frames"],
  },
};

// Each package's parts, as the package itself names them, must be the registry's.
const packageParts: Record<PartPackage, object> = {
  moonpay: moonpayParts,
  moneykit: moneykitParts,
  frames: framesParts,
};
for (const [pkg, sources] of Object.entries(packageParts)) {
  const inPackage = Object.keys(sources).sort().join(", ");
  const inRegistry = (Object.keys(PARTS) as PartKey[])
    .filter((key) => PARTS[key].pkg === pkg)
    .sort()
    .join(", ");
  if (inPackage !== inRegistry) {
    throw new Error(`@framelink/${pkg}'s part-sources name [${inPackage}], src/parts.ts [${inRegistry}].`);
  }
}

const integrityOf = (bytes: Buffer) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const loader = JSON.stringify(join(here, "src/load-script-part.ts"));
const SWAPPED = "\0framelink-part-sources:";
/** A part's entry: a module made from the registry (Vite's library mode takes the entry as a path). */
const PART_ENTRY = "framelink-part-entry:";

/**
 * Swaps `./part-sources.js`, imported inside a package that has parts, for a
 * module that loads each of its parts as a file; builds each part's entry,
 * which hands its module over on its global. Records the swaps it made.
 */
function partsPlugin(made: Set<PartPackage>): Plugin {
  return {
    name: "framelink-parts",
    enforce: "pre",
    resolveId(source, importer) {
      const entry = source.indexOf(PART_ENTRY);
      if (entry >= 0) return `\0${source.slice(entry)}`;
      if (source !== "./part-sources.js" || !importer) return null;
      const pkg = (Object.keys(packageParts) as PartPackage[]).find((name) =>
        importer.startsWith(`${packageDir(name)}/`),
      );
      if (!pkg) return null;
      made.add(pkg);
      return `${SWAPPED}${pkg}`;
    },
    load(id) {
      if (id.startsWith(SWAPPED)) {
        const pkg = id.slice(SWAPPED.length) as PartPackage;
        const keys = (Object.keys(PARTS) as PartKey[]).filter((key) => PARTS[key].pkg === pkg);
        const members = keys.map((key) => `${key}: () => loadScriptPart(${JSON.stringify(key)})`).join(", ");
        return `import { loadScriptPart } from ${loader};\nexport const partSources = { ${members} };\n`;
      }
      if (id.startsWith(`\0${PART_ENTRY}`)) {
        const key = id.slice(PART_ENTRY.length + 1) as PartKey;
        const module = JSON.stringify(join(packageDir(PARTS[key].pkg), "src", PARTS[key].module));
        // A plain property, not a top-level `var`, so that the loader can delete it.
        return `import * as part from ${module};\nglobalThis[${JSON.stringify(partGlobal(key))}] = part;\n`;
      }
      return null;
    },
  };
}

const compiledParts: Partial<Record<PartKey, CompiledPart>> = {};
async function buildIife(fileName: string, entry: string, tag: Partial<TagSpec>, emptyOutDir: boolean) {
  const made = new Set<PartPackage>();
  const { global, defaultExport, alsoExpose } = tag;
  await build({
    configFile: false,
    logLevel: "warn",
    resolve: {
      // The vendor packages are built from their source, the core from its dist.
      alias: {
        "@framelink/moonpay": join(here, "../moonpay/src/index.ts"),
        "@framelink/moneykit": join(here, "../moneykit/src/index.ts"),
      },
    },
    plugins: [partsPlugin(made)],
    define: { __PARTS__: JSON.stringify(compiledParts) },
    build: {
      outDir,
      emptyOutDir,
      target: "es2022",
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ["iife"], name: global ?? "FramelinkPart", fileName: () => fileName },
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
  const missed = (tag.swaps ?? []).filter((pkg) => !made.has(pkg));
  if (missed.length > 0) {
    throw new Error(`${fileName}: the part-sources of ${missed.join(", ")} were not swapped; a part would be inlined.`);
  }
}

let first = true;
for (const [key, part] of Object.entries(PARTS) as [PartKey, (typeof PARTS)[PartKey]][]) {
  await buildIife(part.file, `${PART_ENTRY}${key}`, {}, first);
  first = false;
  compiledParts[key] = { file: part.file, integrity: integrityOf(readFileSync(join(outDir, part.file))) };
}
for (const [fileName, tag] of Object.entries(SCRIPT_TAGS)) await buildIife(fileName, join(here, tag.entry), tag, false);

const files = {
  ...Object.fromEntries(Object.values(PARTS).map((part) => [part.file, { loadedBy: part.loadedBy }])),
  ...Object.fromEntries(Object.entries(SCRIPT_TAGS).map(([file, tag]) => [file, { global: tag.global }])),
};
const manifest: Record<string, { bytes: number; gzipBytes: number; integrity: string }> = {};
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
