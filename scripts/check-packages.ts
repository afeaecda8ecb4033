// Every publishable package, as packed, passes publint (the package.json and
// files agree with how Node and bundlers resolve them) and Are the Types
// Wrong (its types resolve as its code does). The packages are ESM only, so
// attw checks the `esm-only` profile: a `require()` of them is not supported
// (Node 20.19+ can require ESM anyway).
import { spawnSync } from "node:child_process";
import { publishablePackages } from "./publishable-packages.js";

/** Runs both tools on each package; one `{ name, ok }` per tool and package. */
export function checkPackages() {
  const results: { name: string; ok: boolean }[] = [];
  for (const { dir, manifest } of publishablePackages()) {
    const tools: [string, string[]][] = [
      ["publint", ["exec", "publint", "--strict"]],
      ["attw", ["exec", "attw", "--pack", ".", "--profile", "esm-only", "--format", "ascii"]],
    ];
    for (const [tool, args] of tools) {
      const run = spawnSync("pnpm", args, { cwd: dir, encoding: "utf8" });
      const ok = run.status === 0;
      results.push({ name: `${tool} ${manifest.name}`, ok });
      if (!ok) console.log(run.stdout, run.stderr);
    }
  }
  return results;
}

if (process.argv[1] === import.meta.filename) {
  const results = checkPackages();
  for (const { name, ok } of results) console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
  process.exit(results.every((result) => result.ok) ? 0 : 1);
}
