import { describe, expect, it } from "vitest";
import { createRequestClock } from "./request-clock.js";

describe("createRequestClock", () => {
  it("follows the clock, and steps one millisecond past the last timestamp when the clock has not moved", () => {
    let now = 1_000;
    const clock = createRequestClock(() => now);
    expect([clock("pk_a"), clock("pk_a"), clock("pk_a")]).toEqual([1_000, 1_001, 1_002]);
    now = 2_000;
    expect(clock("pk_a")).toBe(2_000);
  });

  it("keeps each key's timestamps apart, and never goes back when the clock does", () => {
    let now = 5_000;
    const clock = createRequestClock(() => now);
    expect([clock("pk_a"), clock("pk_b"), clock("pk_a")]).toEqual([5_000, 5_000, 5_001]);
    now = 4_000;
    expect(clock("pk_a")).toBe(5_002);
  });
});
