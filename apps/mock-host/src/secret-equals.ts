import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Whether `given` (anything a request carried) is the secret `expected`, in
 * time that does not depend on where they differ or on `given`'s length:
 * both are hashed to SHA-256 first, so the constant-time comparison always
 * has two equal-length buffers. For codes, passwords, keys and tokens alike.
 */
export function secretEquals(given: unknown, expected: string): boolean {
  if (typeof given !== "string") return false;
  return timingSafeEqual(digest(given), digest(expected));
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
