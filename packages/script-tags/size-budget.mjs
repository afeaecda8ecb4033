// The size budget (issue 7), checked in CI after the build. It measures what a
// page downloads before it can start, gzipped (level 9):
//   - each npm entry (`@framelink/moonpay`, `@framelink/moneykit`) bundled
//     with its dependencies by rolldown and minified, as a merchant's bundler
//     would; the parts it loads later with `import()` are listed, not counted;
//   - the combined script tag (`framelink.js`, both vendors, one core), from
//     dist/manifest.json; the part files it loads later are listed.
// Exits 1 when a budget is exceeded. SIZE_BUDGET_FACTOR scales every limit
// (the test that proves this check can fail sets it low).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { rolldown } from "rolldown";

const here = import.meta.dirname;
const KB = 1024;
const factor = Number(process.env.SIZE_BUDGET_FACTOR ?? 1);

export const BUDGETS = [
  { name: "@framelink/moonpay (npm entry)", entry: "@framelink/moonpay", limit: 7 * KB },
  { name: "@framelink/moneykit (npm entry)", entry: "@framelink/moneykit", limit: 7 * KB },
  { name: "framelink.js (both script tags' code, one file)", file: "framelink.js", limit: 10 * KB },
];

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

async function measureEntry(entry) {
  // `allow-extension`: like an application's bundler, rolldown may move code
  // shared with a lazily loaded part into the entry chunk instead of a chunk of its own.
  const bundle = await rolldown({
    input: join(here, "node_modules", entry, "dist/index.js"),
    platform: "browser",
    logLevel: "silent",
    preserveEntrySignatures: "allow-extension",
  });
  const { output } = await bundle.generate({ format: "es", minify: true });
  await bundle.close();
  const chunks = output.filter((item) => item.type === "chunk");
  // What the page needs before it starts: the entry and every chunk it imports statically.
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initialNames = new Set();
  const visit = (chunk) => {
    if (initialNames.has(chunk.fileName)) return;
    initialNames.add(chunk.fileName);
    for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name));
  };
  chunks.filter((chunk) => chunk.isEntry).forEach(visit);
  const initial = chunks.filter((chunk) => initialNames.has(chunk.fileName));
  const later = chunks.filter((chunk) => !initialNames.has(chunk.fileName));
  return {
    bytes: initial.reduce((sum, chunk) => sum + gzipSize(chunk.code), 0),
    later: later.map(
      (chunk) => `${chunk.fileName.replace(/(-[\w-]{8})+\.js$/, ".js")} ${(gzipSize(chunk.code) / KB).toFixed(2)} kB`,
    ),
  };
}

function measureFile(file) {
  const manifest = JSON.parse(readFileSync(join(here, "dist/manifest.json"), "utf8"));
  const later = Object.entries(manifest)
    .filter(([, entry]) => entry.loadedBy)
    .map(([name, entry]) => `${name} ${(entry.gzipBytes / KB).toFixed(2)} kB`);
  return { bytes: manifest[file].gzipBytes, later };
}

let failed = false;
for (const budget of BUDGETS) {
  const { bytes, later } = budget.entry ? await measureEntry(budget.entry) : measureFile(budget.file);
  const limit = budget.limit * factor;
  const within = bytes <= limit;
  failed ||= !within;
  process.stdout.write(
    `${within ? "ok  " : "OVER"} ${budget.name.padEnd(50)} ${(bytes / KB).toFixed(2).padStart(6)} kB gzip of ${(limit / KB).toFixed(limit < KB ? 2 : 0)} kB` +
      (later.length ? `   (loaded later: ${later.join(", ")})` : "") +
      "\n",
  );
}
process.exit(failed ? 1 : 0);
