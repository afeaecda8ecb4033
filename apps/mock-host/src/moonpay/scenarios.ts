import type { MoonPayScenario } from "../scenarios/customer-scenario.js";

/** How long a connection stays active without revalidation (seed 000). */
export const CONNECTION_LIFETIME_MS = 180 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What the mock knows of one customer, keyed by `externalCustomerId`. */
export interface Customer {
  connectedAt?: number;
  termsAccepted: boolean;
  /** A connect flow that ended in a lasting non-active status. */
  standing?: { status: "pending" | "unavailable" } | { status: "failed"; reason: string };
}

/**
 * A customer seen for the first time. A scenario set for them decides;
 * else the id's prefix: `expired-` connected 181 days ago; `terms-`
 * connected but must accept new terms. Everyone else is new.
 */
export function newCustomer(id: string, now: number, scenario: MoonPayScenario = {}): Customer {
  const standing =
    scenario.connection ??
    (id.startsWith("expired-") ? "expired" : id.startsWith("terms-") ? "termsAcceptanceRequired" : "new");
  if (standing === "expired") return { connectedAt: now - 181 * DAY_MS, termsAccepted: true };
  if (standing === "termsAcceptanceRequired") return { connectedAt: now - DAY_MS, termsAccepted: false };
  if (standing === "returning") return { connectedAt: now - DAY_MS, termsAccepted: true };
  return { termsAccepted: true };
}

export type CheckedStatus =
  | { status: "active" | "connectionRequired" | "termsAcceptanceRequired" }
  | { status: "pending" | "unavailable" }
  | { status: "failed"; reason: string };

/** What the check frame reports for a customer now. */
export function statusOf(customer: Customer, now: number): CheckedStatus {
  if (customer.standing) return customer.standing;
  if (customer.connectedAt === undefined || now - customer.connectedAt >= CONNECTION_LIFETIME_MS) {
    return { status: "connectionRequired" };
  }
  return customer.termsAccepted ? { status: "active" } : { status: "termsAcceptanceRequired" };
}

/**
 * How a connect flow ends. Declining fails this flow only. A scenario's
 * `connect`, else the prefixes `pending-`, `unavailable-` and `failed-`,
 * end it in that status for good (a delayed KYC decision, a restricted
 * location, failed KYC).
 */
export function finishConnect(
  id: string,
  customer: Customer,
  accepted: boolean,
  now: number,
  scenario: MoonPayScenario = {},
): CheckedStatus {
  if (!accepted) return { status: "failed", reason: "customerDeclined" };
  const ending = scenario.connect ?? ["pending", "unavailable", "failed"].find((word) => id.startsWith(`${word}-`));
  if (ending === "pending" || ending === "unavailable") customer.standing = { status: ending };
  else if (ending === "failed")
    customer.standing = { status: "failed", reason: scenario.connectFailureReason ?? "kycFailed" };
  else {
    customer.connectedAt = now;
    customer.termsAccepted = true;
  }
  return statusOf(customer, now);
}
