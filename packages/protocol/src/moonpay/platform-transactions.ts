import { isPlainRecord, own, type Reader, readEach, readString } from "../read.js";
import { normalizeTransactionStatus } from "./frame-transaction.js";
import type { Transaction, TransactionPage, TransactionStage } from "./platform-api-types.js";
import { optional, readAssetAmount, readData, readFees, readWallet } from "./platform-values.js";

// Readers of the platform API's transactions (types: ./platform-api-types.ts).

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
