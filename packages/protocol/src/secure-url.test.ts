import { describe, expect, it } from "vitest";
import { isSecureUrl } from "./secure-url.js";

describe("isSecureUrl", () => {
  it.each([
    "https://blocks.moonpay.com",
    "https://connect.moneykit.com/start?x=1",
    "http://localhost:4800",
    "http://bank.localhost:4802/oauth",
    "http://LOCALHOST./",
    "http://127.0.0.1:4800",
    "http://127.1:4800",
    "http://[::1]:4800",
  ])("allows %s", (url) => expect(isSecureUrl(url)).toBe(true));

  it.each([
    "http://blocks.moonpay.com",
    "http://evil.example",
    "http://localhost.evil.example",
    "http://127.0.0.1.evil.example",
    "http://10.0.0.1",
    "http://[::2]",
    "http://0.0.0.0",
    "ftp://localhost",
    "javascript:alert(1)",
    "not a url",
  ])("refuses %s", (url) => expect(isSecureUrl(url)).toBe(false));
});
