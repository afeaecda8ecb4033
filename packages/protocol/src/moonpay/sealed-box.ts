/**
 * How a frame seals credentials to the client's X25519 public key:
 * an ephemeral X25519 key agreement, HKDF-SHA256 over the shared secret
 * (salt: the ephemeral public key followed by the client's public key;
 * info below) to an AES-256-GCM key, then AES-256-GCM with a random 96-bit IV.
 * The box is base64url (no padding) of `ephemeralPublicKey(32) ‖ iv(12) ‖
 * ciphertext+tag`, the plaintext being the JSON of the credentials.
 */
export const SEALED_BOX = {
  info: "framelink/v1/moonpay-credentials",
  publicKeyBytes: 32,
  ivBytes: 12,
  tagBytes: 16,
} as const;
