import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { render } from "./error-code-table.mjs";

it("docs/error-codes.md is what the code says (run node scripts/error-code-table.mjs)", () => {
  expect(readFileSync(join(import.meta.dirname, "../docs/error-codes.md"), "utf8")).toBe(render());
});
