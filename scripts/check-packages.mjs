// npm test: every publishable package, as packed, passes publint (the
// package.json and files agree with how Node and bundlers resolve them) and
// Are the Types Wrong (its types resolve as its code does). The packages are
// ESM only, so attw checks the `esm-only` profile: a `require()` of them is
// not supported (Node 20.19+ can require ESM anyway).
import { spawnSync } from "node:child_process";
import { publishablePackages } from "./publishable-packages.mjs";

let failed = 0;
for (const { dir, manifest } of publishablePackages()) {
  for (const [tool, args] of [
    ["publint", ["exec", "publint", "--strict"]],
    ["attw", ["exec", "attw", "--pack", ".", "--profile", "esm-only", "--format", "ascii"]],
  ]) {
    const run = spawnSync("pnpm", args, { cwd: dir, encoding: "utf8" });
    const ok = run.status === 0;
    if (!ok) failed++;
    console.log(`${ok ? "ok  " : "FAIL"} ${tool} ${manifest.name}`);
    if (!ok) console.log(run.stdout, run.stderr);
  }
}
process.exit(failed === 0 ? 0 : 1);
