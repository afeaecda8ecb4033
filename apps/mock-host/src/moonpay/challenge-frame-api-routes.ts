import { Hono } from "hono";
import { refuse } from "./frame-refusal.js";
import { frameTransaction } from "./payment-frame-api-routes.js";
import type { PaymentsStore } from "./payments-store.js";
import { deviceOf, readJsonBody } from "../request.js";

/**
 * The challenge frame's backend. The frame has nothing but the challenge
 * token in its URL, so the token is the authorization: it names one open
 * challenge of this device, and deciding spends it.
 */
export function challengeFrameApiRoutes(payments: PaymentsStore): Hono {
  const app = new Hono();

  app.post("/frame-api/moonpay/challenge/check", async (c) => {
    const body = await readJsonBody(c);
    const challenge = payments.openChallenge(body.challengeToken, deviceOf(c));
    if (!challenge) return refuse(c, 400, "generic", "This verification is not valid any more.");
    return c.json({ amount: challenge.quote.sourceAmount, currency: challenge.quote.source.toUpperCase() });
  });

  app.post("/frame-api/moonpay/challenge/decide", async (c) => {
    const body = await readJsonBody(c);
    const challenge = payments.openChallenge(body.challengeToken, deviceOf(c));
    if (!challenge) return refuse(c, 400, "generic", "This verification is not valid any more.");
    challenge.used = true;
    // `flow` names the flow that asked for the challenge (MoonPay's challenge frame also serves `identity`).
    if (body.decision !== "approve") return c.json({ state: "cancelled", flow: "buy" });
    const transaction = payments.createTransaction(challenge.quote, undefined, challenge.externalTransactionId);
    return c.json({ state: "complete", flow: "buy", transaction: frameTransaction(payments, transaction) });
  });

  return app;
}
