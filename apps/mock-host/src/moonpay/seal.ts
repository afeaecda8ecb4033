import { createCipheriv, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes } from "node:crypto";
import { SEALED_BOX } from "@framelink/protocol";

/**
 * Seals a JSON value to a client's X25519 public key (hex), as described by
 * `SEALED_BOX` in the protocol: only the holder of the private key opens it.
 */
export function seal(recipientPublicKeyHex: string, value: unknown): string {
  const recipientRaw = Buffer.from(recipientPublicKeyHex, "hex");
  const recipient = createPublicKey({
    key: { kty: "OKP", crv: "X25519", x: recipientRaw.toString("base64url") },
    format: "jwk",
  });
  const ephemeral = generateKeyPairSync("x25519");
  const ephemeralRaw = Buffer.from(ephemeral.publicKey.export({ format: "jwk" }).x!, "base64url");
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient });
  const salt = Buffer.concat([ephemeralRaw, recipientRaw]);
  const key = Buffer.from(hkdfSync("sha256", shared, salt, SEALED_BOX.info, 32));
  const iv = randomBytes(SEALED_BOX.ivBytes);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([ephemeralRaw, iv, ciphertext]).toString("base64url");
}
