import { describe, expect, expectTypeOf, it } from "vitest";
import { err, ok, type Result } from "./result.js";

describe("Result", () => {
  it("is a plain object with ok and value, or ok and error", () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(err("e")).toEqual({ ok: false, error: "e" });
  });

  it("narrows on ok, as seed 000 reads it", () => {
    const result = ok(42) as Result<number, string>;
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<number>();
    else expectTypeOf(result.error).toEqualTypeOf<string>();
    // An unchecked read is possibly undefined, never silently the wrong type.
    expectTypeOf(result.value).toEqualTypeOf<number | undefined>();
  });
});
