import { SEALED_BOX } from "@framelink/protocol";
import { ErrorCode } from "./error-codes.js";
import { FramelinkError } from "./framelink-error.js";
import { err, ok, type Result } from "./result.js";

/**
 * An X25519 key pair made with Web Crypto, whose private key cannot be
 * exported: a frame seals credentials to `publicKeyHex`, and only `open`
 * can read them. Lives in memory for as long as its client.
 */
export interface KeyPair {
  readonly publicKeyHex: string;
  /** Opens a sealed box (see `SEALED_BOX` in the protocol) and returns its JSON. */
  open(box: string): Promise<Result<unknown, FramelinkError>>;
}

export async function createKeyPair(): Promise<Result<KeyPair, FramelinkError>> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    return err(new FramelinkError(ErrorCode.DecryptionFailed, "Web Crypto is not available (is the page a secure context?)."));
  }
  let keys: CryptoKeyPair;
  let publicKey: Uint8Array;
  try {
    keys = (await subtle.generateKey({ name: "X25519" }, false, ["deriveBits"])) as CryptoKeyPair;
    publicKey = new Uint8Array(await subtle.exportKey("raw", keys.publicKey));
  } catch (cause) {
    return err(new FramelinkError(ErrorCode.DecryptionFailed, "This browser cannot make an X25519 key pair.", { cause }));
  }
  return ok({
    publicKeyHex: toHex(publicKey),
    open: (box) => openSealedBox(subtle, keys.privateKey, publicKey, box),
  });
}

async function openSealedBox(
  subtle: SubtleCrypto,
  privateKey: CryptoKey,
  recipientPublicKey: Uint8Array,
  box: string,
): Promise<Result<unknown, FramelinkError>> {
  const failed = (cause?: unknown) =>
    err(new FramelinkError(ErrorCode.DecryptionFailed, "The frame's credentials could not be opened.", { cause }));
  const bytes = fromBase64Url(box);
  const { publicKeyBytes, ivBytes, tagBytes, info } = SEALED_BOX;
  if (!bytes || bytes.length < publicKeyBytes + ivBytes + tagBytes) return failed();
  const ephemeral = bytes.slice(0, publicKeyBytes);
  const iv = bytes.slice(publicKeyBytes, publicKeyBytes + ivBytes);
  const ciphertext = bytes.slice(publicKeyBytes + ivBytes);
  try {
    const ephemeralKey = await subtle.importKey("raw", ephemeral, { name: "X25519" }, false, []);
    const shared = await subtle.deriveBits({ name: "X25519", public: ephemeralKey }, privateKey, 256);
    const hkdfKey = await subtle.importKey("raw", shared, "HKDF", false, ["deriveKey"]);
    const salt = new Uint8Array(publicKeyBytes * 2);
    salt.set(ephemeral, 0);
    salt.set(recipientPublicKey, publicKeyBytes);
    const aesKey = await subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt, info: new TextEncoder().encode(info) },
      hkdfKey,
      { name: "AES-GCM", length: 256 },
      false,
      ["decrypt"],
    );
    const plaintext = await subtle.decrypt({ name: "AES-GCM", iv }, aesKey, ciphertext);
    return ok(JSON.parse(new TextDecoder().decode(plaintext)) as unknown);
  } catch (cause) {
    return failed(cause);
  }
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  try {
    return Uint8Array.from(atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}
