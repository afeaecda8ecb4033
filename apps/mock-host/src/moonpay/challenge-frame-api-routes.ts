import { Hono } from "hono";
import { deviceOf, readJsonBody } from "../request.js";
import { refuse } from "./frame-refusal.js";
import { frameTransaction } from "./payment-frame-api-routes.js";
import type { PaymentsStore } from "./payments-store.js";

/**
 * The challenge frame's backend. The challenge token in the frame's URL opens
 * one open challenge of this device; the page that got the `challenge` event
 * knows that token too, so deciding takes the frame session `check` opened
 * instead, and spends the challenge.
 */
export function challengeFrameApiRoutes(payments: PaymentsStore): Hono {
  const app = new Hono();

  app.post("/frame-api/moonpay/challenge/check", async (c) => {
    const body = await readJsonBody(c);
    const challenge = payments.openChallenge(body.challengeToken, deviceOf(c));
    if (!challenge) return refuse(c, 400, "generic", "This verification is not valid any more.");
    const frameSession = payments.challengeFrames.open(body.challengeToken as string);
    return c.json({
      amount: challenge.quote.sourceAmount,
      currency: challenge.quote.source.toUpperCase(),
      frameSession,
    });
  });

  app.post("/frame-api/moonpay/challenge/decide", async (c) => {
    const body = await readJsonBody(c);
    const challengeToken = payments.challengeFrames.find(body.frameSession);
    if (challengeToken === undefined)
      return refuse(c, 401, "invalidFrameSession", "This challenge frame's session is not valid or has expired.");
    const challenge = payments.openChallenge(challengeToken, deviceOf(c));
    if (!challenge) return refuse(c, 400, "generic", "This verification is not valid any more.");
    challenge.used = true;
    payments.challengeFrames.close(body.frameSession);
    // `flow` names the flow that asked for the challenge (MoonPay's challenge frame also serves `identity`).
    if (body.decision !== "approve") return c.json({ state: "cancelled", flow: "buy" });
    const transaction = payments.createTransaction(challenge.quote, challenge);
    return c.json({ state: "complete", flow: "buy", transaction: frameTransaction(payments, transaction) });
  });

  return app;
}
