import { isPlainRecord, own, type Reader, readArray, readEach, readString } from "../read.js";
import { normalizeTransactionStatus } from "./frame-transaction.js";
import type {
  Asset,
  AssetAmount,
  Fees,
  Limit,
  Limits,
  PaymentDisclosure,
  PaymentMethodConfig,
  PaymentMethods,
  PlatformApiError,
  Quote,
  StoredPaymentMethod,
  Transaction,
  TransactionPage,
  TransactionStage,
  Wallet,
} from "./platform-api-types.js";

// Readers of the platform API's answers (types: ./platform-api-types.ts).

const optional = <T>(value: T | undefined, key: string) => (value === undefined ? {} : { [key]: value });

const readDecimal: Reader<string> = (value) =>
  typeof value === "number" && Number.isFinite(value)
    ? String(value)
    : typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)
      ? value
      : undefined;

const readBoolean: Reader<boolean> = (value) => (typeof value === "boolean" ? value : undefined);

const readInteger: Reader<number> = (value) =>
  typeof value === "number" && Number.isInteger(value) ? value : undefined;

const readStrings = readArray(readString, 256);

const readAsset: Reader<Asset> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const code = readString(own(value, "code"));
  if (!code) return undefined;
  return {
    code,
    ...optional(readString(own(value, "name")), "name"),
    ...optional(readInteger(own(value, "precision")), "precision"),
  };
};

export const readAssetAmount: Reader<AssetAmount> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const asset = readAsset(own(value, "asset")) ?? readAsset({ code: own(value, "currencyCode") });
  if (!asset) return undefined;
  return { ...optional(readDecimal(own(value, "amount")), "amount"), asset };
};

const readFees: Reader<Fees> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const fees: Record<string, AssetAmount> = {};
  for (const key of ["network", "moonpay", "partner", "ecosystem"]) {
    const fee = readAssetAmount(own(value, key));
    if (fee) fees[key] = fee;
  }
  return fees;
};

const readWallet: Reader<Wallet> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const address = readString(own(value, "address"));
  return address ? { address, ...optional(readString(own(value, "tag")), "tag") } : undefined;
};

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

/** The `data` of an answer, or `undefined` when the body is not `{ data }`. */
export function readData(body: unknown): unknown {
  return isPlainRecord(body) && Object.hasOwn(body, "data") ? own(body, "data") : undefined;
}

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

const readStage: Reader<TransactionStage> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const kind = readString(own(value, "kind"));
  const status = readString(own(value, "status"));
  if (!kind || !status) return undefined;
  return {
    kind,
    ...optional(readString(own(value, "name")), "name"),
    status,
    ...optional(readString(own(value, "failureReason")), "failureReason"),
  };
};

function readTransactionRecord(value: unknown): Transaction | undefined {
  if (!isPlainRecord(value)) return undefined;
  const id = readString(own(value, "id"));
  const createdAt = readString(own(value, "createdAt"));
  const status = readString(own(value, "status"));
  if (!id || !createdAt || !status) return undefined;
  const customer = own(value, "customer");
  const customerId = isPlainRecord(customer) ? readString(own(customer, "id")) : undefined;
  const method = own(value, "paymentMethod");
  const methodType = isPlainRecord(method) ? readString(own(method, "type")) : undefined;
  return {
    id,
    createdAt,
    ...optional(readString(own(value, "updatedAt")), "updatedAt"),
    status: normalizeTransactionStatus(status),
    ...optional(readAssetAmount(own(value, "source")), "source"),
    ...optional(readAssetAmount(own(value, "destination")), "destination"),
    ...optional(readFees(own(value, "fees")), "fees"),
    ...optional(readWallet(own(value, "wallet")), "wallet"),
    ...(customerId ? { customer: { id: customerId } } : {}),
    ...(methodType ? { paymentMethod: { type: methodType } } : {}),
    stages: readEach(readStage, 64)(own(value, "stages")) ?? [],
  };
}

/** `GET /platform/v1/transactions/{id}` → `{ data: Transaction }`. */
export const readTransaction: Reader<Transaction> = (body) => readTransactionRecord(readData(body));

/** `GET /platform/v1/transactions` → `{ data: Transaction[], pageInfo: { nextCursor } }`. */
export const readTransactionPage: Reader<TransactionPage> = (body) => {
  const data = readEach(readTransactionRecord, 1000)(readData(body));
  if (!data || !isPlainRecord(body)) return undefined;
  const pageInfo = own(body, "pageInfo");
  const next = isPlainRecord(pageInfo) ? readString(own(pageInfo, "nextCursor")) : undefined;
  return { data, pageInfo: { nextCursor: next ?? null } };
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
