import { ErrorCode, err, FramelinkError, frameUrl, ok, type Result, reportLater } from "@framelink/frames";
import type { FrameHandle } from "./events.js";
import { CHALLENGE_EVENTS, framePath, isPlainRecord, PAYMENT_EVENTS, WIDGET_EVENTS } from "@framelink/protocol";
import { type EventFrame, type EventOf, openEventFrame } from "./event-frame.js";
import type { BuyOptions, ChallengeOptions, PaymentFrameOptions, WidgetOptions } from "./moonpay-client.js";
import { currentCredentials, PAYMENT_BUTTON_HEIGHT, type PaymentContext } from "./payment-context.js";
import type { ChallengeEvent, PaymentFrameEvent, PaymentFrameHandle, QuoteReference, WidgetEvent } from "./payment-events.js";

type PaymentFrameName = "apple-pay" | "google-pay" | "buy" | "buy-button";

/** How each payment frame is mounted, as MoonPay documents it. */
const PAYMENT_FRAMES: Record<PaymentFrameName, { title: string; allow?: string[]; sandbox?: string[]; height?: string; hidden?: boolean; externalId: boolean }> = {
  // MoonPay's test mode simulates the Apple Pay sheet with window.confirm.
  "apple-pay": { title: "Pay with Apple Pay", allow: ["payment"], sandbox: ["allow-modals"], height: PAYMENT_BUTTON_HEIGHT, externalId: false },
  // Google Pay opens its payment sheet in a popup.
  "google-pay": {
    title: "Pay with Google Pay",
    allow: ["payment"],
    sandbox: ["allow-popups"],
    height: PAYMENT_BUTTON_HEIGHT,
    externalId: true,
  },
  buy: { title: "MoonPay payment", hidden: true, externalId: true },
  // The button offers whichever wallet the device has: Google Pay's popup, Apple Pay's test-mode dialog.
  "buy-button": { title: "Buy with MoonPay", allow: ["payment"], sandbox: ["allow-popups", "allow-modals"], externalId: true },
};

const invalid = (message: string) => err(new FramelinkError(ErrorCode.InvalidOptions, message));

function deliver<E>(onEvent: ((event: E) => void) | undefined, event: E): void {
  if (!onEvent) return;
  try {
    onEvent(event);
  } catch (error) {
    reportLater(error);
  }
}

function signatureOf(quote: unknown): string | undefined {
  const signature = isPlainRecord(quote) && Object.hasOwn(quote, "signature") ? quote.signature : quote;
  return typeof signature === "string" && signature.length > 0 ? signature : undefined;
}

function own(options: unknown, key: string): unknown {
  return isPlainRecord(options) && Object.hasOwn(options, key) ? options[key] : undefined;
}

function readOnEvent<E>(options: unknown): ((event: E) => void) | undefined | false {
  const onEvent = own(options, "onEvent");
  if (onEvent === undefined) return undefined;
  return typeof onEvent === "function" ? (onEvent as (event: E) => void) : false;
}

/** Mounts one of the four payment frames for an executable quote. */
async function setupPaymentFrame(
  context: PaymentContext,
  frame: PaymentFrameName,
  options: PaymentFrameOptions | BuyOptions,
): Promise<Result<PaymentFrameHandle, FramelinkError>> {
  const credentials = currentCredentials(context);
  if (!credentials.ok) return credentials;
  const shape = PAYMENT_FRAMES[frame];
  const signature = signatureOf(own(options, "quote"));
  if (!signature) return invalid("The payment frames need the quote's signature.");
  const externalTransactionId = own(options, "externalTransactionId");
  if (externalTransactionId !== undefined && typeof externalTransactionId !== "string") return invalid("externalTransactionId must be a string.");
  const onEvent = readOnEvent<PaymentFrameEvent>(options);
  if (onEvent === false) return invalid("onEvent must be a function.");
  const containerValue = own(options, "container");
  let container: Element | undefined;
  if (!shape.hidden || containerValue !== undefined) {
    const read = context.tools.readContainer(containerValue);
    if (!read.ok) return read;
    container = read.value;
  }
  let handle: PaymentFrameHandle | undefined;
  const opened = await openEventFrame(
    context.tools,
    context.options,
    {
      events: PAYMENT_EVENTS,
      url: (channelId) =>
        frameUrl(context.options.frameOrigin, framePath(frame), channelId, {
          clientToken: credentials.value.clientToken,
          signature,
          ...(shape.externalId && externalTransactionId ? { externalTransactionId } : {}),
        }),
      title: shape.title,
      ...(container ? { container } : {}),
      ...(shape.hidden ? { hidden: true } : {}),
      ...(shape.allow ? { allow: shape.allow } : {}),
      ...(shape.sandbox ? { sandbox: shape.sandbox } : {}),
      ...(shape.height ? { height: shape.height } : {}),
      onFrameEvent: (event: EventOf<typeof PAYMENT_EVENTS>) => deliver(onEvent, paymentEvent(event, handle!)),
    },
    context.lifetime,
  );
  if (!opened.ok) return opened;
  handle = paymentHandle(opened.value);
  return ok(handle);
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
  }
}

function paymentHandle(frame: EventFrame): PaymentFrameHandle {
  return {
    dispose: frame.dispose,
    setQuote(quote: QuoteReference) {
      const signature = signatureOf(quote);
      if (!signature) return invalid("setQuote() needs a quote signature.");
      frame.send("setQuote", { quote: { signature } });
      return ok(undefined);
    },
  };
}

export const setupApplePay = (context: PaymentContext, options: PaymentFrameOptions) => setupPaymentFrame(context, "apple-pay", options);
export const setupGooglePay = (context: PaymentContext, options: PaymentFrameOptions) => setupPaymentFrame(context, "google-pay", options);
export const setupBuy = (context: PaymentContext, options: BuyOptions) => setupPaymentFrame(context, "buy", options);
export const setupBuyButton = (context: PaymentContext, options: PaymentFrameOptions) => setupPaymentFrame(context, "buy-button", options);

/** MoonPay's widget, `flow=buy`, for a quote (`quoteSignature` in its URL). */
export async function setupWidget(context: PaymentContext, options: WidgetOptions): Promise<Result<FrameHandle, FramelinkError>> {
  const credentials = currentCredentials(context);
  if (!credentials.ok) return credentials;
  const signature = signatureOf(own(options, "quote"));
  if (!signature) return invalid("setupWidget() needs the quote's signature.");
  const onEvent = readOnEvent<WidgetEvent>(options);
  if (onEvent === false) return invalid("onEvent must be a function.");
  const container = context.tools.readContainer(own(options, "container"));
  if (!container.ok) return container;
  let frame: FrameHandle | undefined;
  const opened = await openEventFrame(
    context.tools,
    context.options,
    {
      events: WIDGET_EVENTS,
      url: (channelId) =>
        frameUrl(context.options.frameOrigin, framePath("widget"), channelId, {
          flow: "buy",
          clientToken: credentials.value.clientToken,
          quoteSignature: signature,
        }),
      container: container.value,
      title: "Buy with MoonPay",
      allow: ["payment"],
      onFrameEvent: (event: EventOf<typeof WIDGET_EVENTS>) => {
        deliver(onEvent, widgetEvent(event, frame!));
      },
    },
    context.lifetime,
  );
  if (!opened.ok) return opened;
  frame = { dispose: opened.value.dispose };
  return ok(frame);
}

function widgetEvent(event: EventOf<typeof WIDGET_EVENTS>, frame: FrameHandle): WidgetEvent {
  switch (event.kind) {
    case "ready":
    case "close":
      return { kind: event.kind, payload: { frame } };
    case "transactionCreated":
      return { kind: event.kind, payload: event.payload };
    case "complete":
      return { kind: event.kind, payload: { transaction: event.payload.transaction, frame } };
    case "error":
      return { kind: event.kind, payload: { ...event.payload, frame } };
  }
}

function challengeEvent(event: EventOf<typeof CHALLENGE_EVENTS>, frame: FrameHandle): ChallengeEvent {
  switch (event.kind) {
    case "ready":
      return { kind: event.kind, payload: { frame } };
    case "complete":
      return { kind: event.kind, payload: { ...event.payload, frame } };
    case "cancelled":
      return { kind: event.kind, payload: { ...event.payload, frame } };
    case "error":
      return { kind: event.kind, payload: { ...event.payload, frame } };
  }
}

/**
 * Mounts the challenge frame at the URL a `challenge` event gave, used as is
 * (MoonPay: "do not construct the URL yourself"); only the channel id is
 * added. The URL must be on the frame host.
 */
export async function setupChallenge(context: PaymentContext, options: ChallengeOptions): Promise<Result<FrameHandle, FramelinkError>> {
  const credentials = currentCredentials(context);
  if (!credentials.ok) return credentials;
  let url: URL;
  try {
    url = new URL(String(own(options, "url")));
  } catch {
    return invalid("setupChallenge() needs the URL of a challenge event.");
  }
  if (url.origin !== context.options.frameOrigin) return invalid("The challenge URL is not on the frame host.");
  const onEvent = readOnEvent<ChallengeEvent>(options);
  if (onEvent === false) return invalid("onEvent must be a function.");
  const container = context.tools.readContainer(own(options, "container"));
  if (!container.ok) return container;
  let frame: FrameHandle | undefined;
  const opened = await openEventFrame(
    context.tools,
    context.options,
    {
      events: CHALLENGE_EVENTS,
      url: (channelId) => {
        const withChannel = new URL(url);
        withChannel.searchParams.set("channelId", channelId);
        return withChannel;
      },
      container: container.value,
      title: "Verify your payment",
      allow: ["payment"],
      onFrameEvent: (event: EventOf<typeof CHALLENGE_EVENTS>) => {
        deliver(onEvent, challengeEvent(event, frame!));
      },
    },
    context.lifetime,
  );
  if (!opened.ok) return opened;
  frame = { dispose: opened.value.dispose };
  return ok(frame);
}
