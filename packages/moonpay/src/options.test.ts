import { describe, expect, it } from "vitest";
import { createClient } from "./create-client.js";
import { MOONPAY_API_BASE_URL, MOONPAY_FRAME_BASE_URL, readClientOptions } from "./options.js";

describe("createClient options", () => {
  it("accepts seed 000's example token and defaults to MoonPay's frame host", () => {
    const options = readClientOptions({ sessionToken: "c3N0XzAwMQ==" });
    expect(options.value?.frameOrigin).toBe(MOONPAY_FRAME_BASE_URL);
  });

  it("accepts any opaque token MoonPay may issue: 1 to 8192 printable characters", () => {
    for (const sessionToken of ["c2Vzc2lvbi50b2tlbg", "x", "a.b-c_d~e:f", "x".repeat(8192)])
      expect(readClientOptions({ sessionToken }).ok).toBe(true);
  });

  it.each([undefined, "", "has spaces in it", "line\nbreak", 12, "x".repeat(8193)])(
    "refuses the token %s with invalidSessionToken",
    (sessionToken) => {
      expect(readClientOptions({ sessionToken }).error?.code).toBe("invalidSessionToken");
    },
  );

  it.each([
    { frameBaseUrl: "https://example.com/path" },
    { frameOrigin: "http://127.0.0.1:4800" },
    { apiOrigin: "http://127.0.0.1:4800" },
    { apiBaseUrl: "ftp://example.com" },
    { handshakeTimeoutMs: 0 },
    { callTimeoutMs: Number.NaN },
  ])("refuses %o with invalidOptions", (extra) => {
    expect(readClientOptions({ sessionToken: "c3N0XzAwMQ==", ...extra }).error?.code).toBe("invalidOptions");
  });

  it("reads own options only: a polluted Object.prototype cannot move the frames or the API elsewhere", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.frameBaseUrl = "https://evil.example";
    proto.apiBaseUrl = "https://evil.example";
    try {
      const options = readClientOptions({ sessionToken: "c3N0XzAwMQ==" });
      expect(options.value).toMatchObject({ frameOrigin: MOONPAY_FRAME_BASE_URL, apiOrigin: MOONPAY_API_BASE_URL });
    } finally {
      delete proto.frameBaseUrl;
      delete proto.apiBaseUrl;
    }
  });

  it.each([
    { frameBaseUrl: "http://blocks.moonpay.com" },
    { apiBaseUrl: "http://api.moonpay.com" },
    { frameBaseUrl: "http://10.0.0.5:4800" },
  ])("refuses %o with insecureUrl: tokens never travel in the clear", (extra) => {
    expect(readClientOptions({ sessionToken: "c3N0XzAwMQ==", ...extra }).error?.code).toBe("insecureUrl");
  });

  it.each(["http://localhost:4800", "http://127.0.0.1:4800", "http://frames.localhost:4800", "http://[::1]:4800"])(
    "allows http: on the loopback host %s",
    (url) => {
      expect(readClientOptions({ sessionToken: "c3N0XzAwMQ==", frameBaseUrl: url, apiBaseUrl: url }).ok).toBe(true);
    },
  );

  it("never throws, whatever it is given", () => {
    for (const value of [undefined, null, "token", 1, [], () => 0]) {
      expect(() => createClient(value as never)).not.toThrow();
      expect(createClient(value as never).ok).toBe(false);
    }
    const hostile = {
      get sessionToken(): string {
        throw new Error("getter");
      },
    };
    expect(createClient(hostile).error?.code).toBe("invalidOptions");
  });

  it("creates a client without a DOM (server-side rendering) and touches nothing", () => {
    expect(typeof document).toBe("undefined");
    const client = createClient({ sessionToken: "c3N0XzAwMQ==" });
    expect(client.ok).toBe(true);
    client.value?.dispose();
  });
});
