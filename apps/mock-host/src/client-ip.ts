import { isIP } from "node:net";

/**
 * An address as the session binding compares it. Every loopback address is
 * one device here: on one machine the merchant page may reach its server over
 * `::1` while the frame reaches the mock host over `127.0.0.1`.
 */
export function deviceKey(address: string): string {
  const bare = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  if (bare === "::1" || /^127\./.test(bare)) return "loopback";
  return bare.toLowerCase();
}

export function isIpAddress(value: unknown): value is string {
  return typeof value === "string" && isIP(value) !== 0;
}
