import { frameUrl, ok } from "@framelink/frames";
import { framePath, PAYMENT_EVENTS } from "@framelink/protocol";
import type { EventFrame, EventOf } from "./event-frame.js";
import type { BuyOptions, PaymentFrameOptions } from "./moonpay-client.js";
import { PAYMENT_BUTTON_HEIGHT, type PaymentContext } from "./payment-context.js";
import type { PaymentFrameEvent, PaymentFrameHandle, QuoteReference } from "./payment-events.js";
import { invalidOptions, openReportingFrame, ownOption, signatureOf } from "./reporting-frame.js";

type PaymentFrameName = "apple-pay" | "google-pay" | "buy" | "buy-button";

/** How each payment frame is mounted, as MoonPay documents it (the sandbox is every MoonPay frame's: `MOONPAY_SANDBOX`). */
const PAYMENT_FRAMES: Record<
  PaymentFrameName,
  { title: string; allow?: string[]; height?: string; hidden?: boolean; externalId: boolean }
> = {
  "apple-pay": { title: "Pay with Apple Pay", allow: ["payment"], height: PAYMENT_BUTTON_HEIGHT, externalId: false },
  "google-pay": { title: "Pay with Google Pay", allow: ["payment"], height: PAYMENT_BUTTON_HEIGHT, externalId: true },
  buy: { title: "MoonPay payment", hidden: true, externalId: true },
  "buy-button": { title: "Buy with MoonPay", allow: ["payment"], externalId: true },
};

/** Mounts one of the four payment frames for an executable quote. */
function setupPaymentFrame(
  context: PaymentContext,
  frame: PaymentFrameName,
  options: PaymentFrameOptions | BuyOptions,
) {
  const { externalId, ...shape } = PAYMENT_FRAMES[frame];
  const signature = signatureOf(ownOption(options, "quote"));
  if (!signature) return Promise.resolve(invalidOptions("The payment frames need the quote's signature."));
  const externalTransactionId = ownOption(options, "externalTransactionId");
  if (externalTransactionId !== undefined && typeof externalTransactionId !== "string") {
    return Promise.resolve(invalidOptions("externalTransactionId must be a string."));
  }
  return openReportingFrame(context, options, {
    ...shape,
    events: PAYMENT_EVENTS,
    url: (channelId, clientToken) =>
      frameUrl(context.options.frameOrigin, framePath(frame), channelId, {
        clientToken,
        signature,
        ...(externalId && externalTransactionId ? { externalTransactionId } : {}),
      }),
    handle: paymentHandle,
    toEvent: paymentEvent,
  });
}

function paymentEvent(event: EventOf<typeof PAYMENT_EVENTS>, frame: PaymentFrameHandle): PaymentFrameEvent {
  switch (event.kind) {
    case "ready":
    case "unsupported":
      return { kind: event.kind, payload: { frame } };
    case "complete":
      return { kind: "complete", payload: { transaction: event.payload.transaction, frame } };
    case "challenge":
      return { kind: "challenge", payload: { url: event.payload.url } };
    case "error":
      return { kind: "error", payload: { ...event.payload, frame } };
    case "quoteExpired":
      return {
        kind: "error",
        payload: { code: "quoteExpired", message: "The quote expired: hand the frame a new one with setQuote.", frame },
      };
  }
}

function paymentHandle(frame: EventFrame): PaymentFrameHandle {
  return {
    dispose: frame.dispose,
    setQuote(quote: QuoteReference) {
      const signature = signatureOf(quote);
      if (!signature) return invalidOptions("setQuote() needs a quote signature.");
      // The pages say only "pass signature as returned": both readings of the payload, at no cost.
      frame.send("setQuote", { signature, quote: { signature } });
      return ok(undefined);
    },
  };
}

export const setupApplePay = (context: PaymentContext, options: PaymentFrameOptions) =>
  setupPaymentFrame(context, "apple-pay", options);
export const setupGooglePay = (context: PaymentContext, options: PaymentFrameOptions) =>
  setupPaymentFrame(context, "google-pay", options);
export const setupBuy = (context: PaymentContext, options: BuyOptions) => setupPaymentFrame(context, "buy", options);
export const setupBuyButton = (context: PaymentContext, options: PaymentFrameOptions) =>
  setupPaymentFrame(context, "buy-button", options);
