import { isPlainRecord, own, type Reader, readEach, readString } from "../read.js";
import type {
  Limit,
  Limits,
  PaymentDisclosure,
  PaymentMethodConfig,
  PaymentMethods,
  PlatformApiError,
  Quote,
  StoredPaymentMethod,
} from "./platform-api-types.js";
import {
  optional,
  readAssetAmount,
  readBoolean,
  readData,
  readDecimal,
  readFees,
  readInteger,
  readStrings,
  readWallet,
} from "./platform-values.js";

// Readers of the platform API's answers: payment methods, quotes, refusals
// (types: ./platform-api-types.ts; transactions: ./platform-transactions.ts).

const readLimit: Reader<Limit> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const limit = readAssetAmount(own(value, "limit"));
  const remaining = readAssetAmount(own(value, "remaining"));
  return limit && remaining ? { limit, remaining } : undefined;
};

/** Fresh objects of the periods that read; `null` when there are none. */
function readLimits(value: unknown): Limits | null {
  if (!isPlainRecord(value)) return null;
  const limits: Record<string, Limit> = {};
  for (const period of ["daily", "monthly", "yearly"]) {
    const limit = readLimit(own(value, period));
    if (limit) limits[period] = limit;
  }
  return Object.keys(limits).length > 0 ? limits : null;
}

const readPaymentMethodConfig: Reader<PaymentMethodConfig> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const type = readString(own(value, "type"));
  const capabilities = own(value, "capabilities");
  const availability = own(value, "availability");
  if (!type || !isPlainRecord(capabilities) || !isPlainRecord(availability)) return undefined;
  const active = readBoolean(own(availability, "active"));
  if (active === undefined) return undefined;
  return {
    type,
    capabilities: {
      supportedCurrencies: readStrings(own(capabilities, "supportedCurrencies")) ?? [],
      supportedTransactionTypes: readStrings(own(capabilities, "supportedTransactionTypes")) ?? [],
      allowsDeletion: readBoolean(own(capabilities, "allowsDeletion")) ?? false,
      requiresWidget: readBoolean(own(capabilities, "requiresWidget")) ?? false,
    },
    availability: {
      active,
      ...optional(
        readString(own(availability, "unavailableReason") ?? own(availability, "reason")),
        "unavailableReason",
      ),
    },
  };
};

const readStoredPaymentMethod: Reader<StoredPaymentMethod> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const id = readString(own(value, "id"));
  if (!id) return undefined;
  return {
    id,
    type: readString(own(value, "type")) ?? "card",
    ...optional(readString(own(value, "brand")), "brand"),
    ...optional(readString(own(value, "last4")), "last4"),
    ...optional(readInteger(own(value, "expiryMonth")), "expiryMonth"),
    ...optional(readInteger(own(value, "expiryYear")), "expiryYear"),
  };
};

/**
 * `GET /platform/v1/payment-methods`. The API reference's shape is
 * `{ data: { paymentMethodConfigs, paymentMethods } }`; the SDK reference's
 * newer one, `{ data: [configs], storedCards? }`, is read as well.
 */
export const readPaymentMethods: Reader<PaymentMethods> = (body) => {
  const data = readData(body);
  const configs = Array.isArray(data) ? data : isPlainRecord(data) ? own(data, "paymentMethodConfigs") : undefined;
  const stored = Array.isArray(data)
    ? isPlainRecord(body)
      ? (own(body, "storedCards") ?? [])
      : []
    : isPlainRecord(data)
      ? (own(data, "paymentMethods") ?? [])
      : undefined;
  const paymentMethodConfigs = readEach(readPaymentMethodConfig, 64)(configs);
  const paymentMethods = readEach(readStoredPaymentMethod, 256)(stored);
  return paymentMethodConfigs && paymentMethods ? { paymentMethodConfigs, paymentMethods } : undefined;
};

const readDisclosure: Reader<PaymentDisclosure> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const id = readString(own(value, "id"));
  const version =
    readString(own(value, "version")) ??
    (typeof own(value, "version") === "number" ? String(own(value, "version")) : undefined);
  return id && version ? { id, version } : undefined;
};

/** `POST /platform/v1/quotes/buy` → `{ data: Quote }`. */
export const readQuote: Reader<Quote> = (body) => {
  const data = readData(body);
  if (!isPlainRecord(data)) return undefined;
  const source = readAssetAmount(own(data, "source"));
  const destination = readAssetAmount(own(data, "destination"));
  const signature = readString(own(data, "signature"));
  const executable = readBoolean(own(data, "executable"));
  const expiresAt = readString(own(data, "expiresAt"));
  if (
    !source ||
    !destination ||
    !signature ||
    executable === undefined ||
    !expiresAt ||
    Number.isNaN(Date.parse(expiresAt))
  )
    return undefined;
  const method = own(data, "paymentMethod");
  const methodType = isPlainRecord(method) ? readString(own(method, "type")) : undefined;
  const limits = readLimits(own(data, "limits"));
  return {
    source,
    destination,
    fees: readFees(own(data, "fees")) ?? {},
    wallet: readWallet(own(data, "wallet")) ?? null,
    paymentMethod: methodType
      ? { type: methodType, ...optional(readString(own(method as Record<string, unknown>, "id")), "id") }
      : null,
    limits,
    expiresAt,
    executable,
    ...optional(readDecimal(own(data, "exchangeRate")), "exchangeRate"),
    paymentDisclosures: readEach(readDisclosure, 64)(own(data, "paymentDisclosures")) ?? [],
    signature,
  };
};

/**
 * The error body of a refused call. The documentation shows
 * `{ code, message, errors? }` (code a string such as `not_found`) and, on
 * another page, `{ code: 400, type, message }`; both are read, and a body
 * nested under `error` too.
 */
export const readPlatformApiError: Reader<PlatformApiError> = (body) => {
  const record =
    isPlainRecord(body) && isPlainRecord(own(body, "error")) ? (own(body, "error") as Record<string, unknown>) : body;
  if (!isPlainRecord(record)) return undefined;
  const rawCode = own(record, "code");
  const code = typeof rawCode === "number" && Number.isInteger(rawCode) ? String(rawCode) : readString(rawCode);
  return {
    ...optional(code, "code"),
    ...optional(readString(own(record, "type")), "type"),
    ...optional(readString(own(record, "message")), "message"),
  };
};
