import { ErrorCode, FramelinkError, err, newChannelId, ok, type Result, reportLater, frameUrl } from "@framelink/frames";
import {
  APPLE_PAY_FRAME_PATH,
  type ApplePayFrameEvent,
  type ApplePayFrameMethods,
  CHALLENGE_FRAME_PATH,
  type ChallengeFrameEvent,
  type ChallengeFrameMethods,
  envelope,
  isPlainRecord,
  parseApplePayFrameEvent,
  parseChallengeFrameEvent,
  parseQuoteSet,
  parseResetDone,
  RESET_FRAME_PATH,
  type ResetFrameMethods,
  type WireCredentials,
} from "@framelink/protocol";
import type { Credentials } from "./connection.js";
import { openEventFrame } from "./event-frame.js";
import type { FrameHandle } from "./events.js";
import { channelSettings, type ResolvedOptions } from "./options.js";
import type { ApplePayEvent, ApplePayHandle, ChallengeEvent } from "./payment-events.js";
import {
  normalizeTransactionStatus,
  type PaymentMethods,
  type Quote,
  type QuoteInput,
  type Transaction,
  type TransactionPage,
} from "./payment-types.js";
import { callPlatformApi } from "./platform-api.js";
import { APPLE_PAY_FRAME_HEIGHT, type CallOptions, currentCredentials, type PaymentContext, RESET_TIMEOUT_MS } from "./payment-context.js";

async function api(context: PaymentContext, method: "GET" | "POST" | "DELETE", path: string, call: CallOptions, body?: unknown) {
  const credentials = currentCredentials(context);
  if (!credentials.ok) return credentials;
  return callPlatformApi(context.options.apiOrigin, credentials.value.accessToken, {
    method,
    path,
    ...(body === undefined ? {} : { body }),
    signal: call.signal,
    timeoutMs: context.options.callTimeoutMs,
  });
}

function invalid(what: string) {
  return err(new FramelinkError(ErrorCode.InvalidMessage, `MoonPay answered with an unexpected ${what}.`));
}

export async function getPaymentMethods(context: PaymentContext, call: CallOptions = {}): Promise<Result<PaymentMethods, FramelinkError>> {
  const answer = await api(context, "GET", "/platform/v1/payment-methods", call);
  if (!answer.ok) return answer;
  const body = answer.value as Partial<PaymentMethods> | undefined;
  return Array.isArray(body?.paymentMethodConfigs) && Array.isArray(body.paymentMethods) ? ok(body as PaymentMethods) : invalid("payment method list");
}

export async function deletePaymentMethod(context: PaymentContext, id: string, call: CallOptions = {}): Promise<Result<void, FramelinkError>> {
  const answer = await api(context, "DELETE", `/platform/v1/payment-methods/${encodeURIComponent(id)}`, call);
  return answer.ok ? ok(undefined) : answer;
}

export async function getQuote(context: PaymentContext, input: QuoteInput, call: CallOptions = {}): Promise<Result<Quote, FramelinkError>> {
  if (!isPlainRecord(input) || (input.sourceAmount === undefined) === (input.destinationAmount === undefined)) {
    return err(new FramelinkError(ErrorCode.InvalidOptions, "getQuote() takes source, destination and exactly one of sourceAmount or destinationAmount."));
  }
  const answer = await api(context, "POST", "/platform/v1/quotes/buy", call, input);
  if (!answer.ok) return answer;
  const quote = answer.value as Partial<Quote> | undefined;
  return typeof quote?.signature === "string" && typeof quote.executable === "boolean" ? ok(quote as Quote) : invalid("quote");
}

function readTransaction(value: unknown): Transaction | undefined {
  if (!isPlainRecord(value) || typeof value.id !== "string") return undefined;
  return { ...(value as unknown as Transaction), status: normalizeTransactionStatus(value.status) };
}

export async function getTransaction(context: PaymentContext, id: string, call: CallOptions = {}): Promise<Result<Transaction, FramelinkError>> {
  const answer = await api(context, "GET", `/platform/v1/transactions/${encodeURIComponent(id)}`, call);
  if (!answer.ok) return answer;
  const transaction = readTransaction(answer.value);
  return transaction ? ok(transaction) : invalid("transaction");
}

export async function listTransactions(context: PaymentContext, query: { cursor?: string | null } = {}, call: CallOptions = {}): Promise<Result<TransactionPage, FramelinkError>> {
  const path = query.cursor ? `/platform/v1/transactions?cursor=${encodeURIComponent(query.cursor)}` : "/platform/v1/transactions";
  const answer = await api(context, "GET", path, call);
  if (!answer.ok) return answer;
  const page = answer.value as { data?: unknown; pageInfo?: { nextCursor?: unknown } } | undefined;
  if (!Array.isArray(page?.data)) return invalid("transaction page");
  const data = page.data.map(readTransaction);
  if (data.some((transaction) => !transaction)) return invalid("transaction page");
  const next = page.pageInfo?.nextCursor;
  return ok({ data: data as Transaction[], pageInfo: { nextCursor: typeof next === "string" && next ? next : null } });
}

/**
 * Polls a transaction, backing off from 500 ms to 5 s, until it is
 * `completed` or `failed`, the signal aborts (`aborted`), or `timeoutMs`
 * passes (`callTimeout`). Transient failures are polled through.
 */
export async function waitForTransaction(
  context: PaymentContext,
  id: string,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<Result<Transaction, FramelinkError>> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let delay = 500;
  for (;;) {
    const answer = await getTransaction(context, id, options.signal ? { signal: options.signal } : {});
    if (answer.ok && answer.value.status !== "pending") return answer;
    if (!answer.ok && answer.error.code !== ErrorCode.RequestFailed) return answer;
    if (Date.now() + delay > deadline) return err(new FramelinkError(ErrorCode.CallTimeout, "The transaction did not settle in time."));
    if (!(await pause(delay, options.signal))) return err(new FramelinkError(ErrorCode.Aborted, "Waiting for the transaction was aborted."));
    delay = Math.min(5000, Math.round(delay * 1.6));
  }
}

function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(value);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function deliver<E>(onEvent: ((event: E) => void) | undefined, event: E): void {
  if (!onEvent) return;
  try {
    onEvent(event);
  } catch (error) {
    reportLater(error);
  }
}

/** Mounts the Apple Pay frame (`allow="payment"`, fixed height) for an executable quote. */
export async function setupApplePay(
  context: PaymentContext,
  options: { quote: string | { signature: string }; container: Element; onEvent?: (event: ApplePayEvent) => void },
): Promise<Result<ApplePayHandle, FramelinkError>> {
  const credentials = currentCredentials(context);
  if (!credentials.ok) return credentials;
  const signature = typeof options?.quote === "string" ? options.quote : options?.quote?.signature;
  if (typeof signature !== "string" || !signature) return err(new FramelinkError(ErrorCode.InvalidOptions, "setupApplePay() needs the quote's signature."));
  const container = context.tools.readContainer(options.container);
  if (!container.ok) return container;
  const channelId = newChannelId();
  let handle: ApplePayHandle | undefined;
  const opened = await openEventFrame<ApplePayFrameEvent, ApplePayFrameMethods>(
    context.tools,
    context.options,
    {
      url: frameUrl(context.options.frameOrigin, APPLE_PAY_FRAME_PATH, channelId),
      channelId,
      container: container.value,
      title: "Pay with Apple Pay",
      allow: ["payment"],
      height: APPLE_PAY_FRAME_HEIGHT,
      start: { clientToken: credentials.value.clientToken, signature },
      parseEvent: parseApplePayFrameEvent,
      onDispose: () => handle && context.openFrames.delete(handle.dispose),
      onFrameEvent: (event) => {
        const frame = handle!;
        if (event.kind === "ready" || event.kind === "unsupported") deliver(options.onEvent, { kind: event.kind, payload: { frame } });
        else if (event.kind === "complete") deliver(options.onEvent, { kind: "complete", payload: { transaction: event.payload.transaction, frame } });
        else if (event.kind === "quoteExpired") deliver(options.onEvent, { kind: "quoteExpired", payload: { setQuote: frame.setQuote } });
        else if (event.kind === "challenge") deliver(options.onEvent, { kind: "challenge", payload: { url: event.payload.url } });
        else deliver(options.onEvent, { kind: "error", payload: event.payload });
      },
    },
    context.disposer,
  );
  if (!opened.ok) return opened;
  const { channel, dispose } = opened.value;
  handle = {
    dispose,
    async setQuote(next: string) {
      if (typeof next !== "string" || !next) return err(new FramelinkError(ErrorCode.InvalidOptions, "setQuote() needs a quote signature."));
      const answer = await channel.call("setQuote", [envelope(channelId, "setQuote", { signature: next })]);
      if (!answer.ok) return answer;
      return parseQuoteSet(answer.value, channelId) ? ok(undefined) : invalid("answer to setQuote");
    },
  };
  context.openFrames.add(dispose);
  return ok(handle);
}

/**
 * Mounts the challenge frame at the URL a `challenge` event gave, used as is
 * (only the channel id is added). The URL must be on the frame host.
 */
export async function setupChallenge(
  context: PaymentContext,
  options: { url: string; container: Element; onEvent?: (event: ChallengeEvent) => void },
): Promise<Result<FrameHandle, FramelinkError>> {
  const credentials = currentCredentials(context);
  if (!credentials.ok) return credentials;
  let url: URL;
  try {
    url = new URL(options?.url);
  } catch {
    return err(new FramelinkError(ErrorCode.InvalidOptions, "setupChallenge() needs the URL of a challenge event."));
  }
  if (url.origin !== context.options.frameOrigin || url.pathname !== CHALLENGE_FRAME_PATH) {
    return err(new FramelinkError(ErrorCode.InvalidOptions, "The challenge URL is not on the frame host."));
  }
  const container = context.tools.readContainer(options.container);
  if (!container.ok) return container;
  const channelId = newChannelId();
  url.searchParams.set("channelId", channelId);
  let handle: FrameHandle | undefined;
  const opened = await openEventFrame<ChallengeFrameEvent, ChallengeFrameMethods>(
    context.tools,
    context.options,
    {
      url,
      channelId,
      container: container.value,
      title: "Verify your payment",
      start: { clientToken: credentials.value.clientToken },
      parseEvent: parseChallengeFrameEvent,
      onDispose: () => handle && context.openFrames.delete(handle.dispose),
      onFrameEvent: (event) => {
        const frame = handle!;
        if (event.kind === "ready" || event.kind === "cancelled") deliver(options.onEvent, { kind: event.kind, payload: { frame } });
        else if (event.kind === "complete") deliver(options.onEvent, { kind: "complete", payload: { ...event.payload, frame } });
        else deliver(options.onEvent, { kind: "error", payload: event.payload });
      },
    },
    context.disposer,
  );
  if (!opened.ok) return opened;
  handle = { dispose: opened.value.dispose };
  context.openFrames.add(handle.dispose);
  return ok(handle);
}

/**
 * Signs this device out: the hidden reset frame revokes the credentials, and
 * the client forgets them. Resolves `ok` when the frame is done or after
 * {@link RESET_TIMEOUT_MS}, whatever happens: sign-out never blocks.
 */
export async function resetConnection(context: PaymentContext, held: WireCredentials | undefined): Promise<Result<void, FramelinkError>> {
  if (!held || typeof document === "undefined") return ok(undefined);
  const channelId = newChannelId();
  const opened = context.tools.openFrameChannel<ResetFrameMethods>({
    ...channelSettings(context.options),
    handshakeTimeoutMs: Math.min(context.options.handshakeTimeoutMs, RESET_TIMEOUT_MS),
    callTimeoutMs: RESET_TIMEOUT_MS,
    channelId,
    url: frameUrl(context.options.frameOrigin, RESET_FRAME_PATH, channelId),
    title: "MoonPay sign-out",
    hidden: true,
  });
  if (!opened.ok) return ok(undefined);
  const tokens = { clientToken: held.clientToken, ...(held.accessToken ? { accessToken: held.accessToken } : {}) };
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    opened.value.channel.call("reset", [envelope(channelId, "reset", tokens)]).then((answer) => answer.ok && parseResetDone(answer.value, channelId)),
    new Promise((resolve) => {
      timer = setTimeout(resolve, RESET_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  opened.value.disposer.dispose();
  return ok(undefined);
}
