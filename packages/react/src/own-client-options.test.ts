import { afterEach, expect, it } from "vitest";
import { ownClientOptions } from "./own-client-options.js";

const proto = Object.prototype as Record<string, unknown>;
afterEach(() => {
  delete proto.frameBaseUrl;
  delete proto.apiBaseUrl;
});

it("reads own options only: a polluted Object.prototype adds no host for createClient", () => {
  proto.frameBaseUrl = "https://evil.example";
  proto.apiBaseUrl = "https://evil.example";
  const read = ownClientOptions({ sessionToken: "c3N0XzAwMQ==" });
  expect(read).toEqual({ sessionToken: "c3N0XzAwMQ==" });
  expect(Object.hasOwn(read, "frameBaseUrl")).toBe(false);
});

it("passes the options given", () => {
  const given = { sessionToken: "t", frameBaseUrl: "http://127.0.0.1:4800", callTimeoutMs: 5 };
  expect(ownClientOptions(given)).toEqual(given);
  expect(ownClientOptions(undefined)).toEqual({});
});
