import { describe, expect, it } from "vitest";
import { secretEquals } from "./secret-equals.js";

describe("secretEquals", () => {
  it("is true for the same secret only", () => {
    expect(secretEquals("123456", "123456")).toBe(true);
    expect(secretEquals("123457", "123456")).toBe(false);
  });

  it("takes anything the body held, and secrets of any length", () => {
    expect(secretEquals("12345", "123456")).toBe(false);
    expect(secretEquals("1234567", "123456")).toBe(false);
    expect(secretEquals("", "123456")).toBe(false);
    for (const given of [123456, undefined, null, ["123456"], { code: "123456" }])
      expect(secretEquals(given, "123456")).toBe(false);
  });
});
