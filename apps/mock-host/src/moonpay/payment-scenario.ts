import type { MoonPayScenario } from "../scenarios/customer-scenario.js";

/** Why a payment failed, as the frames and the platform API report it. */
export interface PaymentFailure {
  readonly code: string;
  readonly reason: string;
}

/** The frames that pay a quote, as their pages name themselves to this backend. */
export const PAYMENT_FRAMES = ["apple-pay", "google-pay", "buy", "buy-button", "widget"] as const;
export type PaymentFrame = (typeof PAYMENT_FRAMES)[number];

const REASONS: Record<string, string> = {
  card_declined: "The card issuer declined the payment.",
  insufficient_funds: "The card has insufficient funds.",
  expired_card: "The card has expired.",
  fraud_suspected: "The payment was stopped as suspected fraud.",
};

/**
 * Whether the customer's (simulated) device has the frame's wallet: the
 * scenario's `wallets`, else words in the id (`applepay-…` has Apple Pay,
 * an id containing `googlepay-` has Google Pay). The card frames always work.
 */
export function hasWallet(frame: PaymentFrame, customerId: string, scenario: MoonPayScenario): boolean {
  if (frame === "apple-pay") return scenario.wallets?.includes("apple_pay") ?? customerId.startsWith("applepay-");
  if (frame === "google-pay") return scenario.wallets?.includes("google_pay") ?? customerId.includes("googlepay-");
  return true;
}

/** Paying needs a challenge: the scenario's `challenge`, else `-challenge-` in the id. */
export function needsChallenge(customerId: string, scenario: MoonPayScenario): boolean {
  return scenario.challenge ?? customerId.includes("-challenge-");
}

/** How a payment fails, if it does: the scenario's `payment`, else `-declined-` in the id (`card_declined`). */
export function paymentFailure(customerId: string, scenario: MoonPayScenario): PaymentFailure | undefined {
  const failed = scenario.payment ? scenario.payment === "failed" : customerId.includes("-declined-");
  if (!failed) return undefined;
  const code = scenario.failureCode ?? "card_declined";
  const known = Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
  return { code, reason: scenario.failureReason ?? known ?? `The payment failed (${code}).` };
}
