// npm test runs every benchmark script once in its quick mode (BENCH_QUICK=1:
// few rounds; nothing is read from the timings), so that a benchmark that
// breaks breaks the build. Writes reports/bench.json for the summary line.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

const SCRIPTS = ["bench/signing.ts", "bench/timings.ts"];
const results = SCRIPTS.map((script) => {
  const run = spawnSync("pnpm", ["exec", "tsx", script], {
    stdio: "inherit",
    env: { ...process.env, BENCH_QUICK: "1" },
    timeout: 300_000,
  });
  const ok = run.status === 0;
  console.log(`${ok ? "ok  " : "FAIL"} ${script} (quick)`);
  return { script, ok };
});
mkdirSync("reports", { recursive: true });
writeFileSync("reports/bench.json", `${JSON.stringify({ benchmarks: results }, null, 2)}\n`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
