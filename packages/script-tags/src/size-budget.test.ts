import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Runs after the build (npm test builds first), on the files that ship.
const script = join(import.meta.dirname, "../size-budget.mjs");

describe("the size budget check", () => {
  it("fails, naming each entry, when the files exceed the budget", () => {
    const run = spawnSync(process.execPath, [script], {
      env: { ...process.env, SIZE_BUDGET_FACTOR: "0.1" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stdout.match(/^OVER /gm)).toHaveLength(3);
  }, 60_000);
});
