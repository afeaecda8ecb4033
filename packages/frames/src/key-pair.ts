import { SEALED_BOX, type SealedBox, toHex } from "@framelink/protocol";
import { ErrorCode } from "./error-codes.js";
import { FramelinkError } from "./framelink-error.js";
import { loadX25519 } from "./parts.js";
import { err, ok, type Result } from "./result.js";

/**
 * An X25519 key pair: a frame seals credentials to `publicKeyHex` (the raw
 * 32 bytes, as MoonPay's frames take it), and only `open` can read them.
 * Lives in memory for as long as its client.
 */
export interface KeyPair {
  readonly publicKeyHex: string;
  /** Opens a sealed box (see `SEALED_BOX` in the protocol) and returns its JSON. */
  open(box: SealedBox): Promise<Result<unknown, FramelinkError>>;
}

type SharedSecret = (ephemeralPublicKey: Uint8Array) => Promise<BufferSource>;

/**
 * Web Crypto's X25519 with a non-extractable private key where the browser
 * has it; elsewhere `@noble/curves`, loaded on demand (`loadFailed` if it
 * cannot load). `unsupportedBrowser` without Web Crypto at all (not a
 * secure context).
 */
export async function createKeyPair(): Promise<Result<KeyPair, FramelinkError>> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    return err(
      new FramelinkError(ErrorCode.UnsupportedBrowser, "Web Crypto is not available (is the page a secure context?)."),
    );
  }
  let publicKey: Uint8Array;
  let sharedSecret: SharedSecret;
  try {
    const keys = (await subtle.generateKey({ name: "X25519" }, false, ["deriveBits"])) as CryptoKeyPair;
    publicKey = new Uint8Array(await subtle.exportKey("raw", keys.publicKey));
    sharedSecret = async (ephemeral) => {
      const ephemeralKey = await subtle.importKey("raw", ephemeral as BufferSource, { name: "X25519" }, false, []);
      return subtle.deriveBits({ name: "X25519", public: ephemeralKey }, keys.privateKey, SEALED_BOX.keyBytes * 8);
    };
  } catch {
    const fallback = await loadX25519();
    if (!fallback.ok) return fallback;
    const keys = fallback.value.createFallbackKeys();
    publicKey = keys.publicKey;
    sharedSecret = async (ephemeral) => keys.sharedSecret(ephemeral) as BufferSource;
  }
  return ok({ publicKeyHex: toHex(publicKey), open: (box) => openSealedBox(subtle, sharedSecret, box) });
}

/** X25519, then HKDF-SHA256 with an empty salt and empty info, then AES-256-GCM: MoonPay's documented box. */
async function openSealedBox(
  subtle: SubtleCrypto,
  sharedSecret: SharedSecret,
  box: SealedBox,
): Promise<Result<unknown, FramelinkError>> {
  try {
    const shared = await sharedSecret(box.ephemeralPublicKey);
    const hkdfKey = await subtle.importKey("raw", shared, "HKDF", false, ["deriveKey"]);
    const aesKey = await subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) },
      hkdfKey,
      { name: "AES-GCM", length: SEALED_BOX.keyBytes * 8 },
      false,
      ["decrypt"],
    );
    const plaintext = await subtle.decrypt(
      { name: "AES-GCM", iv: box.iv as BufferSource },
      aesKey,
      box.ciphertext as BufferSource,
    );
    return ok(JSON.parse(new TextDecoder().decode(plaintext)) as unknown);
  } catch (cause) {
    return err(
      new FramelinkError(ErrorCode.DecryptionFailed, "The frame's credentials could not be opened.", { cause }),
    );
  }
}
