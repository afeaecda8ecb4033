import { MERCHANT_ORIGIN } from "../origins.js";

// The mock host's test credentials (documented in its README) and how a spec
// names a customer: shared by the Playwright specs and the cross-engine
// suite, so this file imports no test runner.

/** The mock host's default MoonPay secret key (seed 000's sample key). */
export const SECRET_KEY = "sk_test_123";

/** The mock host's MoneyKit API client. */
export const CLIENT_ID = "mk_test_client";
export const CLIENT_SECRET = "mk_test_secret";
export const REDIRECT_URI = `${MERCHANT_ORIGIN}/moneykit-oauth.html`;

/** A customer id no other test uses, with the scenario prefix it needs. */
export function customer(prefix = "customer-"): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
