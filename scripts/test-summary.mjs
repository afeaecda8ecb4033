// Totals the runners' JSON reports into one line, "N passed, N failed", so
// that a run in which a suite executed nothing cannot pass unnoticed.
import { existsSync, readFileSync } from "node:fs";

const [unitPath, e2ePath, benchPath] = process.argv.slice(2);
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

// The benchmark scripts' quick runs, one count each.
if (benchPath) {
  if (existsSync(benchPath)) {
    const { benchmarks } = JSON.parse(readFileSync(benchPath, "utf8"));
    passed += benchmarks.filter((run) => run.ok).length;
    failed += benchmarks.filter((run) => !run.ok).length;
    if (benchmarks.length === 0) problems.push("no benchmark ran");
  } else problems.push(`no benchmark report at ${benchPath}`);
}

for (const problem of problems) console.error(`test summary: ${problem}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
