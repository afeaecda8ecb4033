import { type Context, Hono } from "hono";
import { deviceOf, readJsonBody } from "../request.js";
import { secretEquals } from "../secret-equals.js";
import { refuse } from "./frame-refusal.js";
import { hasWallet, needsChallenge, PAYMENT_FRAMES, type PaymentFrame, paymentFailure } from "./payment-scenario.js";
import type { PaymentFrameSession, PaymentsStore, Quote, Transaction } from "./payments-store.js";
import type { IssuedToken, MoonPayStore } from "./store.js";

/** Where the challenge frame lives; its URL goes to the merchant in a `challenge` event. */
const CHALLENGE_PATH = "/platform/v1/challenge";

/**
 * The payment frames' own backend: `quote/check` (may this frame pay this
 * quote, and for how much; opens the frame session), `quote/execute` (pay
 * it, in that frame session) and `transaction` (the widget following what
 * it paid). Every payment frame accepts any executable quote of its
 * customer and pays it with its own method (Apple Pay, Google Pay, the
 * stored card, the widget's card). The customer's scenario, else words in
 * the customer id, pick what happens (payment-scenario.ts; also `-roaming-`:
 * device IP mismatch, and `-quickquote-`: quotes expire after 2 s).
 */
export function paymentFrameApiRoutes(store: MoonPayStore, payments: PaymentsStore): Hono {
  const app = new Hono();

  const authorize = (c: Context, clientToken: unknown): IssuedToken | Response => {
    const issued = typeof clientToken === "string" ? store.clientTokens.get(clientToken) : undefined;
    if (!issued || issued.expiresAt <= store.now() || issued.anonymous)
      return refuse(c, 401, "unauthorized", "The client token is not valid for payments.");
    if (issued.device !== deviceOf(c) || issued.customerId.includes("-roaming-")) {
      return refuse(c, 403, "ipAddressMismatch", "This device's IP address does not match the session's.");
    }
    return issued;
  };

  /** Everything both calls check, in order; the quote the frame may pay, or the refusal to forward. */
  const payable = async (
    c: Context,
  ): Promise<{ frame: PaymentFrame; issued: IssuedToken; quote?: Quote; body: Record<string, unknown> } | Response> => {
    const body = await readJsonBody(c);
    const frame = PAYMENT_FRAMES.find((name) => name === body.frame);
    if (!frame) return refuse(c, 400, "generic", "Unknown payment frame.");
    const issued = authorize(c, body.clientToken);
    if (issued instanceof Response) return issued;
    if (!hasWallet(frame, issued.customerId, store.scenarios.moonpay(issued.customerId)))
      return { frame, issued, body };
    if (typeof body.signature !== "string" || body.signature === "")
      return refuse(c, 400, "configurationError", "The frame was given no quote signature.");
    const quote = payments.openQuote(body.signature);
    if (!quote || quote.customerId !== issued.customerId)
      return refuse(c, 400, "invalidQuote", "The quote signature is not valid.");
    if (!quote.executable)
      return refuse(
        c,
        400,
        "quoteNotExecutable",
        "This quote cannot be paid: it needs a wallet address and a payment method.",
      );
    if (Date.parse(quote.expiresAt) <= store.now())
      return refuse(c, 400, "quoteExpired", "The quote has expired: get a new one and pass it with setQuote.");
    return { frame, issued, quote, body };
  };

  /** The frame load a step belongs to: the same frame, with the same client token. */
  const paymentFrameOf = (
    c: Context,
    frameSession: unknown,
    frame: PaymentFrame,
    clientToken: unknown,
  ): PaymentFrameSession | Response => {
    const session = payments.paymentFrames.find(frameSession);
    if (!session || session.frame !== frame || !secretEquals(clientToken, session.clientToken)) {
      return refuse(c, 401, "invalidFrameSession", "This payment frame's session is not valid or has expired.");
    }
    return session;
  };

  app.post("/frame-api/moonpay/quote/check", async (c) => {
    const checked = await payable(c);
    if (checked instanceof Response) return checked;
    const { frame, quote, body } = checked;
    if (!quote) return c.json({ state: "unsupported" });
    // A frame load's first check opens its frame session; a check after `setQuote` carries it.
    const frameSession =
      body.frameSession ??
      payments.paymentFrames.open({ frame, clientToken: body.clientToken as string, checked: undefined });
    const session = paymentFrameOf(c, frameSession, frame, body.clientToken);
    if (session instanceof Response) return session;
    session.checked = body.signature as string;
    return c.json({
      state: "ready",
      quote: {
        sourceAmount: quote.sourceAmount,
        source: quote.source.toUpperCase(),
        destinationAmount: quote.destinationAmount,
        destination: quote.destination.toUpperCase(),
      },
      frameSession,
    });
  });

  // Paying (the customer's press of the frame's button) takes the frame
  // session: the client token and signature are in the frame's URL, known to
  // the page that built it. Each check lets the frame pay what it checked once.
  app.post("/frame-api/moonpay/quote/execute", async (c) => {
    const checked = await payable(c);
    if (checked instanceof Response) return checked;
    const { frame, issued, quote, body } = checked;
    if (!quote) return c.json({ state: "unsupported" });
    const session = paymentFrameOf(c, body.frameSession, frame, body.clientToken);
    if (session instanceof Response) return session;
    if (session.checked !== body.signature)
      return refuse(c, 409, "stepOutOfOrder", "Check this quote in this frame before paying it.");
    session.checked = undefined;
    const externalTransactionId = readExternalId(body.externalTransactionId);
    const scenario = store.scenarios.moonpay(issued.customerId);
    const failure = paymentFailure(issued.customerId, scenario);
    if (needsChallenge(issued.customerId, scenario) && frame !== "widget") {
      const url = new URL(CHALLENGE_PATH, new URL(c.req.url).origin);
      const challengeToken = payments.createChallenge(quote, issued.device, { failure, externalTransactionId });
      url.searchParams.set("challengeToken", challengeToken);
      return c.json({ state: "challenge", url: url.href });
    }
    const transaction = payments.createTransaction(quote, { failure, externalTransactionId });
    return c.json({ state: "complete", transaction: frameTransaction(payments, transaction) });
  });

  // The widget follows its transaction until it settles before it reports `complete`.
  app.post("/frame-api/moonpay/transaction", async (c) => {
    const body = await readJsonBody(c);
    const issued = authorize(c, body.clientToken);
    if (issued instanceof Response) return issued;
    const transaction =
      typeof body.transactionId === "string" ? payments.transactions.get(body.transactionId) : undefined;
    if (!transaction || transaction.customerId !== issued.customerId)
      return refuse(c, 400, "generic", "No such transaction.");
    return c.json({ transaction: frameTransaction(payments, transaction) });
  });

  return app;
}

/** A transaction as the payment and challenge frames report it. */
export function frameTransaction(payments: PaymentsStore, transaction: Transaction) {
  return {
    id: transaction.id,
    status: payments.statusOf(transaction),
    ...(transaction.failure
      ? { failureCode: transaction.failure.code, failureReason: transaction.failure.reason }
      : {}),
  };
}

/** The merchant's reference from the frame's URL: kept when it is a plausible id, dropped otherwise. */
function readExternalId(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 && value.length <= 255 ? value : undefined;
}
