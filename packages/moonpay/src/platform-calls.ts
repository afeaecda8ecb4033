import { ErrorCode, err, FramelinkError, ok, type Result } from "@framelink/frames";
import {
  isPlainRecord,
  type Reader,
  readPaymentMethods,
  readQuote,
  readTransaction,
  readTransactionPage,
} from "@framelink/protocol";
import { type CallOptions, currentCredentials, type PaymentContext } from "./payment-context.js";
import type {
  PaymentMethods,
  Quote,
  QuoteInput,
  Transaction,
  TransactionPage,
  TransactionQuery,
} from "./payment-types.js";
import { callPlatformApi, type PlatformRequest } from "./platform-api.js";

async function call<T>(
  context: PaymentContext,
  request: Omit<PlatformRequest, "timeoutMs" | "signal">,
  options: CallOptions | undefined,
  read: Reader<T> | undefined,
  what: string,
): Promise<Result<T, FramelinkError>> {
  const credentials = currentCredentials(context);
  if (!credentials.ok) return credentials;
  const signal = ownSignal(options);
  const answer = await callPlatformApi(context.options.apiOrigin, credentials.value.accessToken, {
    ...request,
    signal,
    lifetime: context.lifetime,
    timeoutMs: context.options.callTimeoutMs,
  });
  if (!answer.ok || !read) return answer as Result<T, FramelinkError>;
  const value = read(answer.value);
  return value === undefined
    ? err(new FramelinkError(ErrorCode.InvalidMessage, `MoonPay answered with an unexpected ${what}.`))
    : ok(value);
}

export function getPaymentMethods(
  context: PaymentContext,
  options?: CallOptions,
): Promise<Result<PaymentMethods, FramelinkError>> {
  return call(
    context,
    { method: "GET", path: "/platform/v1/payment-methods" },
    options,
    readPaymentMethods,
    "payment method list",
  );
}

export async function deletePaymentMethod(
  context: PaymentContext,
  id: string,
  options?: CallOptions,
): Promise<Result<void, FramelinkError>> {
  if (typeof id !== "string" || !id)
    return err(new FramelinkError(ErrorCode.InvalidOptions, "deletePaymentMethod() needs the payment method's id."));
  const answer = await call(
    context,
    { method: "DELETE", path: `/platform/v1/payment-methods/${encodeURIComponent(id)}` },
    options,
    undefined,
    "",
  );
  return answer.ok ? ok(undefined) : answer;
}

export function getQuote(
  context: PaymentContext,
  input: QuoteInput,
  options?: CallOptions,
): Promise<Result<Quote, FramelinkError>> {
  const body = quoteBody(input);
  if (!body) {
    const message = "getQuote() takes source, destination and exactly one of sourceAmount or destinationAmount.";
    return Promise.resolve(err(new FramelinkError(ErrorCode.InvalidOptions, message)));
  }
  return call(context, { method: "POST", path: "/platform/v1/quotes/buy", body }, options, readQuote, "quote");
}

export function getTransaction(
  context: PaymentContext,
  id: string,
  options?: CallOptions,
): Promise<Result<Transaction, FramelinkError>> {
  if (typeof id !== "string" || !id)
    return Promise.resolve(
      err(new FramelinkError(ErrorCode.InvalidOptions, "getTransaction() needs the transaction's id.")),
    );
  return call(
    context,
    { method: "GET", path: `/platform/v1/transactions/${encodeURIComponent(id)}` },
    options,
    readTransaction,
    "transaction",
  );
}

export function listTransactions(
  context: PaymentContext,
  query: TransactionQuery = {},
  options?: CallOptions,
): Promise<Result<TransactionPage, FramelinkError>> {
  const search = transactionSearch(query);
  if (search === undefined) {
    const message = "listTransactions() takes cursor, limit (1 to 100), startDate and endDate (YYYY-MM-DD).";
    return Promise.resolve(err(new FramelinkError(ErrorCode.InvalidOptions, message)));
  }
  const path = search ? `/platform/v1/transactions?${search}` : "/platform/v1/transactions";
  return call(context, { method: "GET", path }, options, readTransactionPage, "transaction page");
}

/** The documented query of `GET /platform/v1/transactions`, own properties only; `undefined` for a value out of range. */
function transactionSearch(query: unknown): string | undefined {
  const params = new URLSearchParams();
  const field = (key: string) => (isPlainRecord(query) && Object.hasOwn(query, key) ? query[key] : undefined);
  const cursor = field("cursor");
  if (typeof cursor === "string" && cursor) params.set("cursor", cursor);
  else if (cursor !== undefined && cursor !== null && cursor !== "") return undefined;
  const limit = field("limit");
  if (limit !== undefined) {
    if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > 100) return undefined;
    params.set("limit", String(limit));
  }
  for (const key of ["startDate", "endDate"]) {
    const date = field(key);
    if (date === undefined) continue;
    if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
    params.set(key, date);
  }
  return params.toString();
}

/** The caller's `AbortSignal`, read as an own property. */
export function ownSignal(options: unknown): AbortSignal | undefined {
  const signal = isPlainRecord(options) && Object.hasOwn(options, "signal") ? options.signal : undefined;
  return signal instanceof AbortSignal ? signal : undefined;
}

/** MoonPay's nested quote body from the flat input: `{ source: { asset, amount? }, destination, wallet?, paymentMethod? }`. */
function quoteBody(input: unknown): Record<string, unknown> | undefined {
  if (!isPlainRecord(input)) return undefined;
  const field = (key: string) => (Object.hasOwn(input, key) ? input[key] : undefined);
  const source = field("source");
  const destination = field("destination");
  const sourceAmount = amountOf(field("sourceAmount"));
  const destinationAmount = amountOf(field("destinationAmount"));
  if (typeof source !== "string" || !source || typeof destination !== "string" || !destination) return undefined;
  if (
    sourceAmount === null ||
    destinationAmount === null ||
    (sourceAmount === undefined) === (destinationAmount === undefined)
  )
    return undefined;
  const walletAddress = field("walletAddress");
  const walletAddressTag = field("walletAddressTag");
  const method = field("paymentMethod");
  const methodType = isPlainRecord(method) && Object.hasOwn(method, "type") ? method.type : undefined;
  const methodId = isPlainRecord(method) && Object.hasOwn(method, "id") ? method.id : undefined;
  const paymentMethod =
    typeof method === "string"
      ? { type: method }
      : typeof methodType === "string"
        ? { type: methodType, ...(typeof methodId === "string" ? { id: methodId } : {}) }
        : undefined;
  return {
    source: { asset: { code: source.toUpperCase() }, ...(sourceAmount ? { amount: sourceAmount } : {}) },
    destination: {
      asset: { code: destination.toUpperCase() },
      ...(destinationAmount ? { amount: destinationAmount } : {}),
    },
    ...(typeof walletAddress === "string" && walletAddress
      ? {
          wallet: {
            address: walletAddress,
            ...(typeof walletAddressTag === "string" && walletAddressTag ? { tag: walletAddressTag } : {}),
          },
        }
      : {}),
    ...(paymentMethod ? { paymentMethod } : {}),
  };
}

/** A decimal amount as MoonPay takes it (a string); `null` for one that is not a positive decimal. */
function amountOf(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  return typeof text === "string" && /^\d+(\.\d+)?$/.test(text) && Number(text) > 0 ? text : null;
}
