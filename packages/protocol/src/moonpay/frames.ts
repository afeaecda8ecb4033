import { isPlainRecord, own, type Reader, readHttpUrl, readString } from "../read.js";
import { readWireConnection } from "./connection.js";
import { readFrameErrorPayload } from "./frame-error.js";
import { decodeFrameMessage } from "./frame-message.js";
import { type FrameTransaction, readFrameTransaction } from "./frame-transaction.js";

// Every frame MoonPay documents, with the events it sends its parent
// (dev.moonpay.com/platform/frames/*), as one table of readers per frame.
// The event types are derived from the readers, so a kind and its payload
// are written down once.

/** A kind without a payload: absent, `null` or an (ignored) object are all read as `null`. */
const none: Reader<null> = (value) =>
  value === undefined || value === null || isPlainRecord(value) ? null : undefined;

const transactionPayload: Reader<{ transaction: FrameTransaction }> = (value) => {
  const transaction = isPlainRecord(value) ? readFrameTransaction(own(value, "transaction")) : undefined;
  return transaction ? { transaction } : undefined;
};

/** A URL the frame hands over to be loaded as a frame: `https:`, or `http:` on a loopback host. */
export const readFrameUrl: Reader<string> = readHttpUrl;

const challengePayload: Reader<{ url: string }> = (value) => {
  const url = isPlainRecord(value) ? readFrameUrl(own(value, "url")) : undefined;
  return url ? { url } : undefined;
};

/**
 * The challenge frame's `complete`, discriminated by `flow`: `buy` carries
 * the `transaction`, `identity` an `identityId` (newer documentation); an
 * older revision sends the transaction without a `flow`, read as `buy`.
 */
export type ChallengeOutcome =
  | { readonly flow: "buy"; readonly transaction: FrameTransaction }
  | { readonly flow: "identity"; readonly identityId: string };

const challengeComplete: Reader<ChallengeOutcome> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const flow = own(value, "flow") ?? "buy";
  if (flow === "identity") {
    const identityId = readString(own(value, "identityId"));
    return identityId ? { flow, identityId } : undefined;
  }
  const base = flow === "buy" ? transactionPayload(value) : undefined;
  return base ? { flow: "buy", transaction: base.transaction } : undefined;
};

/** The challenge frame's `cancelled`: which flow the customer dismissed, when it says. */
const challengeCancelled: Reader<{ flow?: string }> = (value) => {
  const flow = isPlainRecord(value) ? readString(own(value, "flow")) : undefined;
  return none(value) === undefined ? undefined : flow ? { flow } : {};
};

/** Events of the headless check frame. */
export const CHECK_EVENTS = { handshake: none, complete: readWireConnection, error: readFrameErrorPayload };

/** Events of the connect frame. */
export const CONNECT_EVENTS = {
  handshake: none,
  ready: none,
  complete: readWireConnection,
  error: readFrameErrorPayload,
};

/**
 * Events of the Apple Pay, Google Pay, Buy and Buy button frames. Whether an
 * expired quote comes as an `error` with code `quoteExpired` or as a kind of
 * its own is not stated: both are read.
 */
export const PAYMENT_EVENTS = {
  handshake: none,
  ready: none,
  complete: transactionPayload,
  challenge: challengePayload,
  error: readFrameErrorPayload,
  quoteExpired: none,
  unsupported: none,
};

/** Events of the widget frame (`flow=buy`). */
export const WIDGET_EVENTS = {
  handshake: none,
  ready: none,
  transactionCreated: transactionPayload,
  complete: transactionPayload,
  close: none,
  error: readFrameErrorPayload,
};

/** Events of the challenge frame. */
export const CHALLENGE_EVENTS = {
  handshake: none,
  ready: none,
  complete: challengeComplete,
  cancelled: challengeCancelled,
  error: readFrameErrorPayload,
};

/** Events of the headless reset frame. */
export const RESET_EVENTS = { handshake: none, complete: none, error: readFrameErrorPayload };

/** The frames MoonPay documents under `/platform/v1/`. The challenge frame's URL comes from a `challenge` event instead. */
export type FrameName =
  | "check-connection"
  | "connect"
  | "apple-pay"
  | "google-pay"
  | "buy"
  | "buy-button"
  | "widget"
  | "reset";

/** Where a frame lives on the frame host. */
export function framePath(frame: FrameName): string {
  return `/platform/v1/${frame}`;
}

/** A frame's events: kind → the reader of its payload. Each frame's table is a module-level constant, so a bundle carries only the tables it uses. */
export type FrameEvents = Readonly<Record<string, Reader<unknown>>>;

type Payload<R> = R extends Reader<infer T> ? T : never;

/** The events of a table, as a discriminated union on `kind`. */
export type FrameEvent<T extends FrameEvents> = {
  [K in keyof T & string]: { readonly kind: K; readonly payload: Payload<T[K]> };
}[keyof T & string];

/** Reads a message on `channelId` as one of the table's events, or `undefined`. */
export function readFrameEvent<T extends FrameEvents>(
  events: T,
  data: unknown,
  channelId: string,
): FrameEvent<T> | undefined {
  const read = readFrameMessage(events, data, channelId);
  return read === "malformed" ? undefined : read;
}

/**
 * As `readFrameEvent`, but says `malformed` for a message on the channel of
 * a documented kind whose payload does not read: a frame that will not send
 * a better one, which a client waiting for it can fail at once.
 */
export function readFrameMessage<T extends FrameEvents>(
  events: T,
  data: unknown,
  channelId: string,
): FrameEvent<T> | "malformed" | undefined {
  const message = decodeFrameMessage(data, channelId);
  const reader = message && Object.hasOwn(events, message.kind) ? events[message.kind] : undefined;
  if (!message || !reader) return undefined;
  const payload = reader(message.payload);
  return payload === undefined ? "malformed" : ({ kind: message.kind, payload } as FrameEvent<T>);
}

/**
 * `setQuote`'s payload: `{ quote: { signature } }`, as integrators send it
 * (the docs say "pass signature as returned"); a bare `{ signature }` is
 * read too.
 */
export const readSetQuote: Reader<{ signature: string }> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const quote = own(value, "quote");
  const signature = readString(isPlainRecord(quote) ? own(quote, "signature") : own(value, "signature"));
  return signature ? { signature } : undefined;
};

/** Parent → frame messages: `ack` to every frame, `setQuote` to the payment frames. */
export const PARENT_MESSAGES = { ack: none, setQuote: readSetQuote };

export type ParentMessage = FrameEvent<typeof PARENT_MESSAGES>;

/** What a frame reads from its parent: the frame side of the same protocol (the mock host's frames use it). */
export function readParentMessage(data: unknown, channelId: string): ParentMessage | undefined {
  return readFrameEvent(PARENT_MESSAGES, data, channelId);
}
