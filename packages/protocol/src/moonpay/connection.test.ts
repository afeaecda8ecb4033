import { describe, expect, it } from "vitest";
import { readWireConnection, readWireCredentials } from "./connection.js";

const hex = (bytes: number, fill = "ab") => fill.repeat(bytes);
const box = JSON.stringify({ ephemeralPublicKey: hex(32), iv: hex(12), ciphertext: hex(40) });

describe("readWireConnection", () => {
  it("reads an active connection with its sealed credentials and customer", () => {
    const read = readWireConnection({ status: "active", credentials: box, customer: { id: "cus_1" } });
    expect(read?.status).toBe("active");
    expect(read?.credentials?.ephemeralPublicKey).toHaveLength(32);
    expect(read?.customer).toEqual({ id: "cus_1" });
  });

  it("reads statuses with and without anonymous credentials, and a failed reason", () => {
    expect(readWireConnection({ status: "connectionRequired", credentials: box })?.credentials?.iv).toHaveLength(12);
    expect(readWireConnection({ status: "connectionRequired" })).toEqual({ status: "connectionRequired" });
    expect(readWireConnection({ status: "failed", reason: "kycFailed" })).toEqual({
      status: "failed",
      reason: "kycFailed",
    });
    expect(readWireConnection({ status: "pending", credentials: null })).toEqual({ status: "pending" });
  });

  it.each([
    ["active without credentials", { status: "active" }],
    ["an unknown status", { status: "great" }],
    ["credentials that are not a box", { status: "connectionRequired", credentials: "nope" }],
    ["not an object", "active"],
  ])("refuses %s", (_, value) => {
    expect(readWireConnection(value)).toBeUndefined();
  });
});

describe("readWireCredentials", () => {
  const expiresAt = "2030-01-01T00:00:00.000Z";
  it("reads authenticated and anonymous credentials, with or without an expiry", () => {
    expect(readWireCredentials({ accessToken: "a", clientToken: "c", expiresAt })).toEqual({
      accessToken: "a",
      clientToken: "c",
      expiresAt,
    });
    expect(readWireCredentials({ clientToken: "c" })).toEqual({ clientToken: "c" });
  });

  it("refuses a bad expiry, an empty token or a non-string access token", () => {
    expect(readWireCredentials({ clientToken: "c", expiresAt: "soon" })).toBeUndefined();
    expect(readWireCredentials({ clientToken: "", expiresAt })).toBeUndefined();
    expect(readWireCredentials({ accessToken: 1, clientToken: "c", expiresAt })).toBeUndefined();
  });
});
