import { x25519 } from "@noble/curves/ed25519.js";

// X25519 for browsers whose Web Crypto lacks it (Safari before 17, Chrome
// before 133, Firefox before 130), loaded only there (./parts.ts):
// `@noble/curves`, audited, the library MoonPay's own frames use. HKDF and
// AES-GCM stay in Web Crypto, which every such browser has.

/** A key pair whose private key lives in this closure only. */
export function createFallbackKeys(): { publicKey: Uint8Array; sharedSecret(publicKey: Uint8Array): Uint8Array } {
  const { secretKey, publicKey } = x25519.keygen();
  return { publicKey, sharedSecret: (other) => x25519.getSharedSecret(secretKey, other) };
}
