import type { Envelope } from "../envelope.js";
import { parseEnvelope } from "../parse-envelope.js";
import { parseStarted, type Started } from "../started.js";
import { isPlainRecord, own, readNull, readOneOf, readOptionalString, readString, type Reader } from "../read.js";

/** Paths of MoonPay's payment frames on the frame host. */
export const APPLE_PAY_FRAME_PATH = "/platform/v1/apple-pay";
export const CHALLENGE_FRAME_PATH = "/platform/v1/challenge";
export const RESET_FRAME_PATH = "/platform/v1/reset";

/** The transaction a payment frame reports: an id once MoonPay has one. */
export interface FrameTransaction {
  readonly id?: string;
  readonly status: "pending" | "completed" | "failed";
  /** Why a `failed` transaction failed, e.g. `card_declined`. */
  readonly failureCode?: string;
}

/** Codes of a payment frame's `error`. */
export const PAYMENT_ERROR_CODES = ["ipAddressMismatch", "invalidQuote", "quoteNotExecutable", "unauthorized", "generic"] as const;
export type PaymentErrorCode = (typeof PAYMENT_ERROR_CODES)[number];
export interface PaymentErrorPayload {
  readonly code: PaymentErrorCode;
  readonly message: string;
}

/** Parent → Apple Pay / challenge frame, once after the handshake. */
export type PaymentStart = Envelope<"start", { readonly clientToken: string; readonly signature?: string; readonly challengeToken?: string }>;
export type PaymentStarted = Started;
/** Parent → Apple Pay frame: a fresh quote after `quoteExpired`. */
export type SetQuote = Envelope<"setQuote", { readonly signature: string }>;
export type QuoteSet = Envelope<"quoteSet", null>;

export type ApplePayFrameEvent =
  | Envelope<"ready", null>
  | Envelope<"complete", { readonly transaction: FrameTransaction }>
  | Envelope<"quoteExpired", null>
  | Envelope<"challenge", { readonly url: string }>
  | Envelope<"error", PaymentErrorPayload>
  | Envelope<"unsupported", null>;

export type ChallengeFrameEvent =
  | Envelope<"ready", null>
  | Envelope<"complete", { readonly flow: string; readonly transaction: FrameTransaction }>
  | Envelope<"cancelled", null>
  | Envelope<"error", PaymentErrorPayload>;

/** Parent → reset frame: forget this customer's credentials on this device. */
export type ResetRequest = Envelope<"reset", { readonly clientToken?: string; readonly accessToken?: string }>;
export type ResetDone = Envelope<"resetDone", null>;

export type ApplePayFrameMethods = {
  start(request: PaymentStart): Promise<PaymentStarted>;
  setQuote(request: SetQuote): Promise<QuoteSet>;
};
export type ChallengeFrameMethods = { start(request: PaymentStart): Promise<PaymentStarted> };
export type ResetFrameMethods = { reset(request: ResetRequest): Promise<ResetDone> };
export type PaymentParentMethods<E> = { emit(event: E): void };


export const readFrameTransaction: Reader<FrameTransaction> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const status = readOneOf(["pending", "completed", "failed"] as const)(own(value, "status"));
  if (!status) return undefined;
  const id = readOptionalString(value, "id");
  const failureCode = readOptionalString(value, "failureCode");
  if (!id || !failureCode) return undefined;
  return { status, ...(id.value ? { id: id.value } : {}), ...(failureCode.value ? { failureCode: failureCode.value } : {}) };
};

const readPaymentError: Reader<PaymentErrorPayload> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const code = readOneOf(PAYMENT_ERROR_CODES)(own(value, "code"));
  const message = readString(own(value, "message"));
  return code && message ? { code, message } : undefined;
};

const readTransactionPayload: Reader<{ transaction: FrameTransaction }> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const transaction = readFrameTransaction(own(value, "transaction"));
  return transaction ? { transaction } : undefined;
};

export function parsePaymentStart(value: unknown, channelId: string): PaymentStart | undefined {
  return parseEnvelope<PaymentStart>(value, channelId, {
    start: (payload) => {
      if (!isPlainRecord(payload)) return undefined;
      const clientToken = readString(own(payload, "clientToken"));
      const signature = readOptionalString(payload, "signature")?.value;
      const challengeToken = readOptionalString(payload, "challengeToken")?.value;
      if (!clientToken) return undefined;
      return { clientToken, ...(signature ? { signature } : {}), ...(challengeToken ? { challengeToken } : {}) };
    },
  });
}

export const parsePaymentStarted = parseStarted;

export function parseSetQuote(value: unknown, channelId: string): SetQuote | undefined {
  return parseEnvelope<SetQuote>(value, channelId, {
    setQuote: (payload) => {
      const signature = isPlainRecord(payload) ? readString(own(payload, "signature")) : undefined;
      return signature ? { signature } : undefined;
    },
  });
}

export function parseQuoteSet(value: unknown, channelId: string): QuoteSet | undefined {
  return parseEnvelope<QuoteSet>(value, channelId, { quoteSet: readNull });
}

export function parseApplePayFrameEvent(value: unknown, channelId: string): ApplePayFrameEvent | undefined {
  return parseEnvelope<ApplePayFrameEvent>(value, channelId, {
    ready: readNull,
    complete: readTransactionPayload,
    quoteExpired: readNull,
    challenge: (payload) => {
      if (!isPlainRecord(payload)) return undefined;
      const url = readString(own(payload, "url"));
      return url && /^https?:\/\//.test(url) ? { url } : undefined;
    },
    error: readPaymentError,
    unsupported: readNull,
  });
}

export function parseChallengeFrameEvent(value: unknown, channelId: string): ChallengeFrameEvent | undefined {
  return parseEnvelope<ChallengeFrameEvent>(value, channelId, {
    ready: readNull,
    complete: (payload) => {
      const base = readTransactionPayload(payload);
      const flow = isPlainRecord(payload) ? readString(own(payload, "flow")) : undefined;
      return base && flow ? { flow, transaction: base.transaction } : undefined;
    },
    cancelled: readNull,
    error: readPaymentError,
  });
}

export function parseResetRequest(value: unknown, channelId: string): ResetRequest | undefined {
  return parseEnvelope<ResetRequest>(value, channelId, {
    reset: (payload) => {
      if (!isPlainRecord(payload)) return undefined;
      const clientToken = readOptionalString(payload, "clientToken")?.value;
      const accessToken = readOptionalString(payload, "accessToken")?.value;
      return { ...(clientToken ? { clientToken } : {}), ...(accessToken ? { accessToken } : {}) };
    },
  });
}

export function parseResetDone(value: unknown, channelId: string): ResetDone | undefined {
  return parseEnvelope<ResetDone>(value, channelId, { resetDone: readNull });
}
