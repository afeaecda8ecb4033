import { type KeyPair, ok } from "@framelink/frames";
import type { SealedBox } from "@framelink/protocol";
import { describe, expect, it } from "vitest";
import { readConnection } from "./read-connection.js";

const expiresAt = "2030-01-01T00:00:00.000Z";
const box: SealedBox = {
  ephemeralPublicKey: new Uint8Array(32),
  iv: new Uint8Array(12),
  ciphertext: new Uint8Array(32),
};
const keyPairOpening = (content: unknown): KeyPair => ({
  publicKeyHex: "00".repeat(32),
  open: async () => ok(content),
});

describe("readConnection", () => {
  it("gives an active connection its authenticated credentials and customer", async () => {
    const read = await readConnection(
      { status: "active", credentials: box, customer: { id: "cus_1" } },
      keyPairOpening({ accessToken: "a", clientToken: "c", expiresAt }),
    );
    expect(read.value?.connection).toEqual({
      status: "active",
      credentials: { accessToken: "a", clientToken: "c", expiresAt },
      customer: { id: "cus_1" },
    });
  });

  it("keeps anonymous credentials to itself", async () => {
    const read = await readConnection(
      { status: "connectionRequired", credentials: box },
      keyPairOpening({ clientToken: "c" }),
    );
    expect(read.value?.connection).toEqual({ status: "connectionRequired" });
    expect(read.value?.credentials).toEqual({ clientToken: "c", authenticated: false });
  });

  it("passes a failed reason on, and statuses without credentials as they are", async () => {
    const never = keyPairOpening(undefined);
    expect((await readConnection({ status: "failed", reason: "kycFailed" }, never)).value?.connection).toEqual({
      status: "failed",
      reason: "kycFailed",
    });
    expect((await readConnection({ status: "pending" }, never)).value).toEqual({ connection: { status: "pending" } });
  });

  it("refuses an active connection without an access token", async () => {
    const anonymousAsActive = await readConnection(
      { status: "active", credentials: box },
      keyPairOpening({ clientToken: "c", expiresAt }),
    );
    expect(anonymousAsActive.error?.code).toBe("invalidMessage");
  });

  it("keeps anonymous credentials that carry MoonPay's scoped access token as anonymous", async () => {
    const read = await readConnection(
      { status: "connectionRequired", credentials: box },
      keyPairOpening({ accessToken: "a", clientToken: "c" }),
    );
    expect(read.value?.connection).toEqual({ status: "connectionRequired" });
    expect(read.value?.credentials).toEqual({ accessToken: "a", clientToken: "c", authenticated: false });
  });
});
