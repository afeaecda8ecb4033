/**
 * Where the X25519 fallback comes from: a chunk of this package, split off by
 * the merchant's bundler. The script-tag build replaces this module with one
 * that loads a part file of its own (see packages/script-tags).
 */
export const x25519Source = (): Promise<typeof import("./x25519-fallback.js")> => import("./x25519-fallback.js");
