import { describe, expect, it } from "vitest";
import { deviceKey, isIpAddress } from "./client-ip.js";

describe("deviceKey", () => {
  it("treats every loopback address as one device", () => {
    expect(deviceKey("127.0.0.1")).toBe("loopback");
    expect(deviceKey("::1")).toBe("loopback");
    expect(deviceKey("::ffff:127.0.0.1")).toBe("loopback");
  });

  it("keeps other addresses apart", () => {
    expect(deviceKey("203.0.113.7")).toBe("203.0.113.7");
    expect(deviceKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(deviceKey("203.0.113.7")).not.toBe(deviceKey("203.0.113.8"));
  });

  it("knows an IP address from anything else", () => {
    expect(isIpAddress("2001:db8::1")).toBe(true);
    expect(isIpAddress("...ip address from client")).toBe(false);
  });
});
