import { describe, expect, it } from "vitest";
import { parseFrameOrigin } from "./origin.js";

describe("parseFrameOrigin", () => {
  it.each([
    ["https://blocks.moonpay.com", "https://blocks.moonpay.com"],
    ["https://blocks.moonpay.com/", "https://blocks.moonpay.com"],
    ["http://127.0.0.1:4800", "http://127.0.0.1:4800"],
    ["https://host:443", "https://host"],
  ])("accepts %s", (input, origin) => {
    expect(parseFrameOrigin(input)).toBe(origin);
  });

  it.each([
    "blocks.moonpay.com",
    "https://blocks.moonpay.com/path",
    "https://blocks.moonpay.com?x=1",
    "https://user:pw@blocks.moonpay.com",
    "javascript:alert(1)",
    "data:text/html,hi",
    "null",
    "*",
    "",
    42,
  ])("refuses %s", (input) => {
    expect(parseFrameOrigin(input)).toBeUndefined();
  });
});
