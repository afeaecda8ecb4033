import { createHash } from "node:crypto";

/**
 * MoonPay's own id for a merchant's customer (`customer: { id }` on an
 * active connection): stable for an `externalCustomerId`, across restarts
 * too, so a test can predict it; the merchant's id does not show through.
 */
export function moonPayCustomerId(externalCustomerId: string): string {
  return `cus_${createHash("sha256").update(externalCustomerId).digest("hex").slice(0, 20)}`;
}
