import { afterEach, describe, expect, it } from "vitest";
import { MONEYKIT_CONNECT_HOST, readMoneyKitOptions } from "./options.js";

const proto = Object.prototype as Record<string, unknown>;

describe("MoneyKit options", () => {
  afterEach(() => {
    for (const key of ["__connectSDKUIHost", "containerID", "startTimeoutMs"]) delete proto[key];
  });

  it("reads own options only: a polluted Object.prototype cannot move where the link session token goes", () => {
    proto.__connectSDKUIHost = "https://evil.example";
    proto.containerID = "attacker-controlled";
    proto.startTimeoutMs = 1;
    expect(readMoneyKitOptions({})).toEqual({ host: MONEYKIT_CONNECT_HOST, stepTimers: false, startTimeoutMs: 15_000 });
    expect(readMoneyKitOptions(undefined)).toMatchObject({ host: MONEYKIT_CONNECT_HOST });
  });

  it.each(["http://connect.moneykit.com", "http://10.0.0.5:4800"])("refuses the host %s with insecure_url", (host) => {
    expect(readMoneyKitOptions({ __connectSDKUIHost: host })).toMatchObject({ error_id: "insecure_url" });
  });

  it.each(["http://localhost:4800", "http://127.0.0.1:4800", "https://connect.example"])(
    "allows the host %s",
    (host) => {
      expect(readMoneyKitOptions({ __connectSDKUIHost: host })).toMatchObject({ host: new URL(host).origin });
    },
  );

  it.each([
    { __connectSDKUIHost: "https://connect.moneykit.com/start" },
    { colorScheme: "blue" },
    { startTimeoutMs: 0 },
    { containerID: 3 },
  ])("refuses %o with invalid_options", (options) => {
    expect(readMoneyKitOptions(options)).toMatchObject({ error_id: "invalid_options" });
  });
});
