import { SEALED_BOX, type SealedBox, toHex } from "@framelink/protocol";
import { ErrorCode } from "./error-codes.js";
import { FramelinkError } from "./framelink-error.js";
import { err, ok, type Result } from "./result.js";

/**
 * An X25519 key pair made with Web Crypto, whose private key cannot be
 * exported: a frame seals credentials to `publicKeyHex` (the raw 32 bytes, as
 * MoonPay's frames take it), and only `open` can read them. Lives in memory
 * for as long as its client.
 */
export interface KeyPair {
  readonly publicKeyHex: string;
  /** Opens a sealed box (see `SEALED_BOX` in the protocol) and returns its JSON. */
  open(box: SealedBox): Promise<Result<unknown, FramelinkError>>;
}

/**
 * `unsupportedBrowser` where Web Crypto has no X25519 (Chrome before 133,
 * Firefox before 130, Safari before 17) or no Web Crypto at all (not a
 * secure context): the package README's support table.
 */
export async function createKeyPair(): Promise<Result<KeyPair, FramelinkError>> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    return err(new FramelinkError(ErrorCode.UnsupportedBrowser, "Web Crypto is not available (is the page a secure context?)."));
  }
  let keys: CryptoKeyPair;
  let publicKey: Uint8Array;
  try {
    keys = (await subtle.generateKey({ name: "X25519" }, false, ["deriveBits"])) as CryptoKeyPair;
    publicKey = new Uint8Array(await subtle.exportKey("raw", keys.publicKey));
  } catch (cause) {
    return err(new FramelinkError(ErrorCode.UnsupportedBrowser, "This browser's Web Crypto cannot make an X25519 key pair.", { cause }));
  }
  return ok({
    publicKeyHex: toHex(publicKey),
    open: (box) => openSealedBox(subtle, keys.privateKey, box),
  });
}

/** X25519, then HKDF-SHA256 with an empty salt and empty info, then AES-256-GCM: MoonPay's documented box. */
async function openSealedBox(subtle: SubtleCrypto, privateKey: CryptoKey, box: SealedBox): Promise<Result<unknown, FramelinkError>> {
  try {
    const ephemeralKey = await subtle.importKey("raw", box.ephemeralPublicKey as BufferSource, { name: "X25519" }, false, []);
    const shared = await subtle.deriveBits({ name: "X25519", public: ephemeralKey }, privateKey, SEALED_BOX.keyBytes * 8);
    const hkdfKey = await subtle.importKey("raw", shared, "HKDF", false, ["deriveKey"]);
    const aesKey = await subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) },
      hkdfKey,
      { name: "AES-GCM", length: SEALED_BOX.keyBytes * 8 },
      false,
      ["decrypt"],
    );
    const plaintext = await subtle.decrypt({ name: "AES-GCM", iv: box.iv as BufferSource }, aesKey, box.ciphertext as BufferSource);
    return ok(JSON.parse(new TextDecoder().decode(plaintext)) as unknown);
  } catch (cause) {
    return err(new FramelinkError(ErrorCode.DecryptionFailed, "The frame's credentials could not be opened.", { cause }));
  }
}
