import { type Context, Hono } from "hono";
import { CHALLENGE_FRAME_PATH, type PaymentErrorCode } from "@framelink/protocol";
import type { PaymentsStore, Quote } from "./payments-store.js";
import type { IssuedToken, MoonPayStore } from "./store.js";
import { deviceOf, readJsonBody } from "../request.js";

/**
 * The payment frames' own backend. Apple Pay is simulated for customers whose
 * id starts with `applepay-`; everyone else is on a device without it. Other
 * words in the id pick a scenario: `-challenge-` (3-D Secure), `-declined-`,
 * `-roaming-` (device IP mismatch).
 */
export function paymentFrameApiRoutes(store: MoonPayStore, payments: PaymentsStore): Hono {
  const app = new Hono();

  const authorize = (c: Context, clientToken: unknown): IssuedToken | Response => {
    const issued = typeof clientToken === "string" ? store.clientTokens.get(clientToken) : undefined;
    if (!issued || issued.expiresAt <= store.now() || issued.anonymous) return fail(c, 401, "unauthorized", "The client token is not valid for payments.");
    if (issued.device !== deviceOf(c) || issued.customerId.includes("-roaming-")) {
      return fail(c, 403, "ipAddressMismatch", "This device's IP address does not match the session's.");
    }
    return issued;
  };

  const quoteFor = (c: Context, issued: IssuedToken, signature: unknown): Quote | Response => {
    const quote = payments.openQuote(signature);
    if (!quote || quote.customerId !== issued.customerId) return fail(c, 400, "invalidQuote", "The quote signature is not valid.");
    if (!quote.executable) return fail(c, 400, "quoteNotExecutable", "This quote cannot be paid: it needs a wallet address and a payment method.");
    return quote;
  };

  app.post("/frame-api/moonpay/apple-pay/check", async (c) => {
    const body = await readJsonBody(c);
    const issued = authorize(c, body.clientToken);
    if (issued instanceof Response) return issued;
    if (!issued.customerId.startsWith("applepay-")) return c.json({ state: "unsupported" });
    const quote = quoteFor(c, issued, body.signature);
    if (quote instanceof Response) return quote;
    if (Date.parse(quote.expiresAt) <= store.now()) return c.json({ state: "quoteExpired" });
    return c.json({ state: "ready", amount: quote.sourceAmount, currency: quote.source.toUpperCase(), destination: quote.destination.toUpperCase() });
  });

  app.post("/frame-api/moonpay/apple-pay/pay", async (c) => {
    const body = await readJsonBody(c);
    const issued = authorize(c, body.clientToken);
    if (issued instanceof Response) return issued;
    const quote = quoteFor(c, issued, body.signature);
    if (quote instanceof Response) return quote;
    if (Date.parse(quote.expiresAt) <= store.now()) return c.json({ state: "quoteExpired" });
    if (issued.customerId.includes("-challenge-")) {
      const url = new URL(CHALLENGE_FRAME_PATH, new URL(c.req.url).origin);
      url.searchParams.set("challengeToken", payments.createChallenge(quote));
      return c.json({ state: "challenge", url: url.href });
    }
    const declined = issued.customerId.includes("-declined-");
    const transaction = payments.createTransaction(quote, declined ? "card_declined" : undefined);
    return c.json({ state: "complete", transaction: { id: transaction.id, status: payments.statusOf(transaction), ...(declined ? { failureCode: "card_declined" } : {}) } });
  });

  app.post("/frame-api/moonpay/challenge/decide", async (c) => {
    const body = await readJsonBody(c);
    const issued = authorize(c, body.clientToken);
    if (issued instanceof Response) return issued;
    const challenge = typeof body.challengeToken === "string" ? payments.challenges.get(body.challengeToken) : undefined;
    if (!challenge || challenge.used || challenge.customerId !== issued.customerId) return fail(c, 400, "generic", "This verification is not valid any more.");
    if (body.decision === "check") return c.json({ amount: challenge.quote.sourceAmount, currency: challenge.quote.source.toUpperCase() });
    challenge.used = true;
    if (body.decision !== "approve") return c.json({ state: "cancelled" });
    const transaction = payments.createTransaction(challenge.quote);
    return c.json({ state: "complete", flow: "threeDSecure", transaction: { id: transaction.id, status: payments.statusOf(transaction) } });
  });

  app.post("/frame-api/moonpay/reset", async (c) => {
    const body = await readJsonBody(c);
    store.revoke({ clientToken: body.clientToken, accessToken: body.accessToken });
    return c.json({ reset: true });
  });

  return app;
}

function fail(c: Context, status: 400 | 401 | 403, code: PaymentErrorCode, message: string) {
  return c.json({ error: { code, message } }, status);
}
