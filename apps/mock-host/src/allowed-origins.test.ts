import { describe, expect, it } from "vitest";
import { parseAllowedOrigins } from "./allowed-origins.js";

describe("parseAllowedOrigins", () => {
  it("lets the default any-port localhost pattern match localhost ports only", () => {
    const allowed = parseAllowedOrigins("http://localhost:*");
    expect(allowed.matches("http://localhost:4701")).toBe(true);
    expect(allowed.matches("http://localhost")).toBe(true);
    for (const origin of [
      "https://localhost:4701",
      "http://localhost.evil.test",
      "http://evil.localhost:4701",
      "http://localhost:4701.evil.test",
      "http://127.0.0.1:4701",
      "null",
    ]) {
      expect(allowed.matches(origin), origin).toBe(false);
    }
  });

  it("matches exact origins exactly", () => {
    const allowed = parseAllowedOrigins("https://shop.example, http://localhost:5173");
    expect(allowed.sources).toEqual(["https://shop.example", "http://localhost:5173"]);
    expect(allowed.matches("https://shop.example")).toBe(true);
    expect(allowed.matches("https://shop.example:444")).toBe(false);
    expect(allowed.matches("http://localhost:5174")).toBe(false);
  });

  it.each(["", "*", "localhost:3000", "https://shop.example/path", "https://*.example"])("refuses %j", (list) => {
    expect(() => parseAllowedOrigins(list)).toThrow();
  });
});
