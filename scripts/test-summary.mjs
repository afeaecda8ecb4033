// Totals the runners' JSON reports into one line, "N passed, N failed", so
// that a run in which a suite executed nothing cannot pass unnoticed.
import { existsSync, readFileSync } from "node:fs";

const [unitPath, e2ePath, ...checkPaths] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

if (existsSync(unitPath)) {
  const unit = JSON.parse(readFileSync(unitPath, "utf8"));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  if (unit.numTotalTests === 0) problems.push("the unit suite ran no test");
} else problems.push(`no unit report at ${unitPath}`);

if (existsSync(e2ePath)) {
  const { stats } = JSON.parse(readFileSync(e2ePath, "utf8"));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
  if (stats.expected + stats.unexpected + stats.flaky === 0) problems.push("the e2e suite ran no test");
} else problems.push(`no e2e report at ${e2ePath}`);

// Reports of runs that count one each: the benchmarks' quick runs
// (`benchmarks`), the static checks, the packed-tarball test and the
// cross-engine suite, one check per engine and flow (`checks`).
for (const path of checkPaths) {
  if (!existsSync(path)) {
    problems.push(`no report at ${path}`);
    continue;
  }
  const report = JSON.parse(readFileSync(path, "utf8"));
  const runs = report.benchmarks ?? report.checks ?? [];
  passed += runs.filter((run) => run.ok).length;
  failed += runs.filter((run) => !run.ok).length;
  if (runs.length === 0) problems.push(`${path} lists nothing that ran`);
}

for (const problem of problems) console.error(`test summary: ${problem}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
