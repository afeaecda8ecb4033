import { createKeyPair } from "@framelink/frames";
import { describe, expect, it } from "vitest";
import { seal } from "./seal.js";

// The mock host seals with node:crypto; the SDK opens with Web Crypto. Both
// follow SEALED_BOX, so a box made by one opens with the other.
describe("seal", () => {
  it("makes a box only the client's key pair opens", async () => {
    const keyPair = (await createKeyPair()).value!;
    const credentials = { accessToken: "at_1", clientToken: "ct_1", expiresAt: "2030-01-01T00:00:00.000Z" };
    expect((await keyPair.open(seal(keyPair.publicKeyHex, credentials))).value).toEqual(credentials);
  });

  it("uses a fresh ephemeral key and IV every time", async () => {
    const keyPair = (await createKeyPair()).value!;
    expect(seal(keyPair.publicKeyHex, { a: 1 })).not.toBe(seal(keyPair.publicKeyHex, { a: 1 }));
  });

  it("cannot be opened by another key pair, or once tampered with", async () => {
    const mine = (await createKeyPair()).value!;
    const theirs = (await createKeyPair()).value!;
    const box = seal(mine.publicKeyHex, { secret: true });
    expect((await theirs.open(box)).error?.code).toBe("decryptionFailed");
    const bytes = Buffer.from(box, "base64url");
    bytes[bytes.length - 1]! ^= 1;
    expect((await mine.open(bytes.toString("base64url"))).error?.code).toBe("decryptionFailed");
    expect((await mine.open("not base64url!")).error?.code).toBe("decryptionFailed");
    expect((await mine.open("AAAA")).error?.code).toBe("decryptionFailed");
  });
});
