import { ok, type KeyPair } from "@framelink/frames";
import { describe, expect, it } from "vitest";
import { openConnection } from "./open-connection.js";

const expiresAt = "2030-01-01T00:00:00.000Z";
const keyPairOpening = (content: unknown): KeyPair => ({ publicKeyHex: "00".repeat(32), open: async () => ok(content) });

describe("openConnection", () => {
  it("gives an active connection its authenticated credentials", async () => {
    const opened = await openConnection(
      { status: "active", credentials: "box" },
      keyPairOpening({ accessToken: "a", clientToken: "c", expiresAt }),
    );
    expect(opened.value?.connection).toEqual({ status: "active", credentials: { accessToken: "a", clientToken: "c", expiresAt } });
  });

  it("keeps anonymous credentials to itself", async () => {
    const opened = await openConnection({ status: "connectionRequired", credentials: "box" }, keyPairOpening({ clientToken: "c", expiresAt }));
    expect(opened.value?.connection).toEqual({ status: "connectionRequired" });
    expect(opened.value?.credentials?.clientToken).toBe("c");
  });

  it("refuses credentials that do not fit the status", async () => {
    const anonymousAsActive = await openConnection({ status: "active", credentials: "box" }, keyPairOpening({ clientToken: "c", expiresAt }));
    expect(anonymousAsActive.error?.code).toBe("invalidMessage");
    const fullAsRequired = await openConnection(
      { status: "connectionRequired", credentials: "box" },
      keyPairOpening({ accessToken: "a", clientToken: "c", expiresAt }),
    );
    expect(fullAsRequired.error?.code).toBe("invalidMessage");
  });
});
