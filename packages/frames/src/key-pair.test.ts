import {
  createCipheriv,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from "node:crypto";
import { readSealedBox } from "@framelink/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createKeyPair } from "./key-pair.js";

// MoonPay's sealed box, made here with node:crypto as the documentation
// describes it, opened by the client's key pair: with Web Crypto's X25519,
// and with the @noble/curves fallback a browser without it loads.

function seal(publicKeyHex: string, value: unknown): string {
  const recipient = createPublicKey({
    key: { kty: "OKP", crv: "X25519", x: Buffer.from(publicKeyHex, "hex").toString("base64url") },
    format: "jwk",
  });
  const ephemeral = generateKeyPairSync("x25519");
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient });
  const key = Buffer.from(hkdfSync("sha256", shared, Buffer.alloc(0), Buffer.alloc(0), 32));
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value)), cipher.final(), cipher.getAuthTag()]);
  const ephemeralRaw = Buffer.from(ephemeral.publicKey.export({ format: "jwk" }).x!, "base64url");
  return JSON.stringify({
    ephemeralPublicKey: ephemeralRaw.toString("hex"),
    iv: iv.toString("hex"),
    ciphertext: ciphertext.toString("hex"),
  });
}

const credentials = { accessToken: "at_1", clientToken: "ct_1", expiresAt: "2030-01-01T00:00:00.000Z" };

afterEach(() => {
  vi.restoreAllMocks();
});

describe("createKeyPair", () => {
  it("opens MoonPay's box with Web Crypto's X25519", async () => {
    const keyPair = (await createKeyPair()).value!;
    expect(keyPair.publicKeyHex).toMatch(/^[0-9a-f]{64}$/);
    expect((await keyPair.open(readSealedBox(seal(keyPair.publicKeyHex, credentials))!)).value).toEqual(credentials);
  });

  it("falls back to @noble/curves where Web Crypto has no X25519, and opens the same box", async () => {
    const generateKey = crypto.subtle.generateKey.bind(crypto.subtle);
    const spy = vi
      .spyOn(crypto.subtle, "generateKey")
      .mockImplementation(((algorithm: AlgorithmIdentifier, ...rest: never[]) =>
        (algorithm as { name?: string }).name === "X25519"
          ? Promise.reject(new DOMException("Unrecognized name", "NotSupportedError"))
          : generateKey(algorithm as never, ...(rest as [never, never]))) as typeof crypto.subtle.generateKey);
    const keyPair = (await createKeyPair()).value!;
    expect(spy).toHaveBeenCalled();
    expect((await keyPair.open(readSealedBox(seal(keyPair.publicKeyHex, credentials))!)).value).toEqual(credentials);
  });

  it("cannot open a box sealed to another key, or tampered with: decryptionFailed", async () => {
    const mine = (await createKeyPair()).value!;
    const theirs = (await createKeyPair()).value!;
    expect((await theirs.open(readSealedBox(seal(mine.publicKeyHex, credentials))!)).error?.code).toBe(
      "decryptionFailed",
    );
    const box = readSealedBox(seal(mine.publicKeyHex, credentials))!;
    box.ciphertext[0]! ^= 1;
    expect((await mine.open(box)).error?.code).toBe("decryptionFailed");
  });
});
