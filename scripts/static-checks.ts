// npm test: the checks that read the code rather than run it. Biome (format,
// lint, import order), knip (unused files, exports and dependencies), and
// publint and Are the Types Wrong on every publishable package. A finding
// fails the run. Writes reports/checks.json for the summary line.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkPackages } from "./check-packages.js";

const root = join(import.meta.dirname, "..");
const tool = (name: string, args: string[]) => {
  const run = spawnSync("pnpm", ["exec", ...args], { cwd: root, stdio: "inherit" });
  return { name, ok: run.status === 0 };
};

const checks = [
  tool("biome (format, lint, imports)", ["biome", "check", "--error-on-warnings", "."]),
  tool("knip (unused files, exports, dependencies)", ["knip", "--no-progress", "--no-config-hints"]),
  ...checkPackages(),
];
for (const { name, ok } of checks) console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
mkdirSync(join(root, "reports"), { recursive: true });
writeFileSync(join(root, "reports/checks.json"), `${JSON.stringify({ checks }, null, 2)}\n`);
process.exit(checks.every((check) => check.ok) ? 0 : 1);
