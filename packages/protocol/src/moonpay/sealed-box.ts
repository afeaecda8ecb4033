import { isPlainRecord, own, type Reader } from "../read.js";

/**
 * How MoonPay's check and connect frames seal credentials to the client's
 * X25519 public key (dev.moonpay.com/platform/frames/check, "Key exchange"):
 * X25519 between the client's private key and `ephemeralPublicKey`, then
 * HKDF-SHA256 over the shared secret with an empty salt and empty info to a
 * 32-byte key, then AES-256-GCM with `iv`; the ciphertext ends with the
 * 16-byte tag and holds the JSON of the credentials.
 */
export const SEALED_BOX = {
  publicKeyBytes: 32,
  keyBytes: 32,
  ivBytes: 12,
  tagBytes: 16,
} as const;

/** A sealed box, its fields decoded to bytes. */
export interface SealedBox {
  readonly ephemeralPublicKey: Uint8Array;
  readonly iv: Uint8Array;
  /** Ciphertext followed by the GCM tag. */
  readonly ciphertext: Uint8Array;
}

/** No credentials come near this: a bound on what a hostile frame can make the client decode. */
const MAX_BOX_LENGTH = 16_384;

/**
 * Reads the `credentials` of a `complete` event. The documented form is a
 * JSON string `{"ephemeralPublicKey":hex,"iv":hex,"ciphertext":hex}`;
 * as integrators' decoders do, an object instead of the string, the string
 * in base64 (MoonPay's Android guide decodes it so), `nonce` for `iv`, and
 * base64 (standard or URL-safe) for hex are accepted too.
 */
export const readSealedBox: Reader<SealedBox> = (value) => {
  let record: unknown = value;
  if (typeof value === "string") {
    if (value.length > MAX_BOX_LENGTH) return undefined;
    record = parseJson(value) ?? parseJson(textOf(readBytes(value)));
  }
  if (!isPlainRecord(record)) return undefined;
  const ephemeralPublicKey = readBytes(own(record, "ephemeralPublicKey"));
  const iv = readBytes(Object.hasOwn(record, "iv") ? own(record, "iv") : own(record, "nonce"));
  const ciphertext = readBytes(own(record, "ciphertext"));
  if (ephemeralPublicKey?.length !== SEALED_BOX.publicKeyBytes || iv?.length !== SEALED_BOX.ivBytes) return undefined;
  if (!ciphertext || ciphertext.length <= SEALED_BOX.tagBytes) return undefined;
  return { ephemeralPublicKey, iv, ciphertext };
};

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function textOf(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const HEX = /^(?:[0-9a-fA-F]{2})+$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** Hex first (the documented encoding), then base64 or base64url. */
export function readBytes(value: unknown): Uint8Array | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_BOX_LENGTH) return undefined;
  if (HEX.test(value)) return Uint8Array.from(value.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  if (!BASE64.test(value)) return undefined;
  const standard = value.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  if (standard.length % 4 === 1) return undefined;
  try {
    return Uint8Array.from(atob(standard + "=".repeat((4 - (standard.length % 4)) % 4)), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Lowercase hex of bytes: how the frames take the client's public key. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
