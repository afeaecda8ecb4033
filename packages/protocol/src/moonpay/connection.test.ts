import { describe, expect, it } from "vitest";
import { readWireCredentials } from "./connection.js";

describe("readWireCredentials", () => {
  const expiresAt = "2030-01-01T00:00:00.000Z";

  it("reads authenticated and anonymous credentials", () => {
    expect(readWireCredentials({ accessToken: "a", clientToken: "c", expiresAt })).toEqual({ accessToken: "a", clientToken: "c", expiresAt });
    expect(readWireCredentials({ clientToken: "c", expiresAt })).toEqual({ clientToken: "c", expiresAt });
  });

  it("refuses a bad expiry, an empty token or a non-string access token", () => {
    expect(readWireCredentials({ clientToken: "c", expiresAt: "soon" })).toBeUndefined();
    expect(readWireCredentials({ clientToken: "", expiresAt })).toBeUndefined();
    expect(readWireCredentials({ accessToken: 1, clientToken: "c", expiresAt })).toBeUndefined();
  });
});
