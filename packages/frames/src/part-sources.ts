/**
 * Where each part of this package that loads on first use comes from: a
 * chunk the merchant's bundler splits off. The script-tag build replaces this
 * module with one that loads each part as a file of its own with SRI
 * (packages/script-tags/src/parts.ts); the build fails if the swap does not
 * happen. The part borrows nothing.
 */
export const partSources = {
  /** X25519 from `@noble/curves`, for browsers whose Web Crypto lacks it. */
  x25519: () => import("./x25519-fallback.js"),
};
