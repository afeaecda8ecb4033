import { createKeyPair } from "@framelink/frames";
import { readSealedBox } from "@framelink/protocol";
import { describe, expect, it } from "vitest";
import { clientKeys, openBox as open } from "./frame-backend.test-helper.js";
import { readPublicKey, seal } from "./seal.js";

const credentials = { accessToken: "at_1", clientToken: "ct_1", expiresAt: "2030-01-01T00:00:00.000Z" };

describe("seal", () => {
  it("makes MoonPay's documented box: a JSON string of hex fields, opened with the client's private key", () => {
    const keys = clientKeys();
    const box = seal(readPublicKey(keys.publicKeyHex)!, credentials);
    const fields = JSON.parse(box) as Record<string, string>;
    expect(Object.keys(fields)).toEqual(["ephemeralPublicKey", "iv", "ciphertext"]);
    expect(fields.ephemeralPublicKey).toMatch(/^[0-9a-f]{64}$/);
    expect(fields.iv).toMatch(/^[0-9a-f]{24}$/);
    expect(fields.ciphertext!.length).toBe(2 * (JSON.stringify(credentials).length + 16));
    expect(open(keys.privateKey, box)).toEqual(credentials);
  });

  it("opens with the SDK's Web Crypto key pair", async () => {
    const keyPair = (await createKeyPair()).value!;
    const box = readSealedBox(seal(readPublicKey(keyPair.publicKeyHex)!, credentials))!;
    expect((await keyPair.open(box)).value).toEqual(credentials);
  });

  it("uses a fresh ephemeral key and IV every time", () => {
    const recipient = readPublicKey(clientKeys().publicKeyHex)!;
    const [first, second] = [seal(recipient, { a: 1 }), seal(recipient, { a: 1 })].map(
      (box) => JSON.parse(box) as Record<string, string>,
    );
    expect(first!.ephemeralPublicKey).not.toBe(second!.ephemeralPublicKey);
    expect(first!.iv).not.toBe(second!.iv);
  });

  it("cannot be opened by another key, or once tampered with", () => {
    const mine = clientKeys();
    const box = seal(readPublicKey(mine.publicKeyHex)!, { secret: true });
    expect(() => open(clientKeys().privateKey, box)).toThrow();
    const fields = JSON.parse(box) as Record<string, string>;
    const last = fields.ciphertext!.slice(-2);
    const tampered = JSON.stringify({
      ...fields,
      ciphertext: fields.ciphertext!.slice(0, -2) + (last === "00" ? "01" : "00"),
    });
    expect(() => open(mine.privateKey, tampered)).toThrow();
  });
});

describe("readPublicKey", () => {
  it("takes 64 hex digits of a usable X25519 key", () => {
    const { publicKeyHex } = clientKeys();
    expect(readPublicKey(publicKeyHex)).toBeDefined();
    expect(readPublicKey(publicKeyHex.toUpperCase())).toBeDefined();
  });

  it.each([
    ["nothing", undefined],
    ["too short", "ab".repeat(31)],
    ["not hex", "zz".repeat(32)],
    ["base64", Buffer.alloc(32, 9).toString("base64")],
    ["a low-order point (all zeros)", "00".repeat(32)],
  ])("refuses %s", (_, value) => {
    expect(readPublicKey(value)).toBeUndefined();
  });
});
