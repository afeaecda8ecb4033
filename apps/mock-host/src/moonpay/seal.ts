import {
  createCipheriv,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from "node:crypto";
import { SEALED_BOX, toHex } from "@framelink/protocol";

const PUBLIC_KEY_HEX = /^[0-9a-fA-F]{64}$/;

/**
 * The client's public key as the check and connect frames take it in their
 * URL: the raw 32-byte X25519 key in hex (the SDK sends lowercase; either
 * case is read). A key no box can be sealed to (a low-order point, whose
 * shared secret would be all zeros) is refused here, not at sealing time.
 */
export function readPublicKey(value: unknown): KeyObject | undefined {
  if (typeof value !== "string" || !PUBLIC_KEY_HEX.test(value)) return undefined;
  try {
    const key = createPublicKey({
      key: { kty: "OKP", crv: "X25519", x: Buffer.from(value, "hex").toString("base64url") },
      format: "jwk",
    });
    diffieHellman({ privateKey: generateKeyPairSync("x25519").privateKey, publicKey: key });
    return key;
  } catch {
    return undefined;
  }
}

/**
 * Seals a JSON value to the client's key as MoonPay's frames do
 * (`SEALED_BOX` in the protocol): a fresh ephemeral X25519 key pair; the
 * shared secret with the client's key; HKDF-SHA256 with an empty salt and
 * empty info to a 32-byte key; AES-256-GCM with a random 12-byte IV. The
 * result is the JSON string `{"ephemeralPublicKey","iv","ciphertext"}`, in
 * hex, the ciphertext followed by its 16-byte tag.
 */
export function seal(recipient: KeyObject, value: unknown): string {
  const ephemeral = generateKeyPairSync("x25519");
  const ephemeralPublicKey = Buffer.from(ephemeral.publicKey.export({ format: "jwk" }).x!, "base64url");
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient });
  const key = Buffer.from(hkdfSync("sha256", shared, Buffer.alloc(0), Buffer.alloc(0), SEALED_BOX.keyBytes));
  const iv = randomBytes(SEALED_BOX.ivBytes);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: SEALED_BOX.tagBytes });
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final(), cipher.getAuthTag()]);
  return JSON.stringify({
    ephemeralPublicKey: toHex(ephemeralPublicKey),
    iv: toHex(iv),
    ciphertext: toHex(ciphertext),
  });
}
