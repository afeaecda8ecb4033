import { isPlainRecord, own, type Reader, readString } from "../read.js";

/** A transaction status, normalised from the words MoonPay's frames and APIs use. */
export type TransactionStatus = "pending" | "completed" | "failed";

/** Maps every status word onto three: `completed`/`complete`, `failed`, and everything still moving. */
export function normalizeTransactionStatus(word: unknown): TransactionStatus {
  if (word === "completed" || word === "complete") return "completed";
  if (word === "failed") return "failed";
  return "pending";
}

/**
 * The transaction a payment frame reports. A failed one may have no `id`
 * (the payment never reached MoonPay), and carries a `failureCode` and
 * perhaps a `failureReason`.
 */
export interface FrameTransaction {
  readonly id?: string;
  readonly status: TransactionStatus;
  readonly failureCode?: string;
  readonly failureReason?: string;
}

export const readFrameTransaction: Reader<FrameTransaction> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const word = readString(own(value, "status"));
  if (word === undefined) return undefined;
  const id = readString(own(value, "id"));
  const failureCode = readString(own(value, "failureCode"));
  const failureReason = readString(own(value, "failureReason"));
  return {
    ...(id ? { id } : {}),
    status: normalizeTransactionStatus(word),
    ...(failureCode ? { failureCode } : {}),
    ...(failureReason ? { failureReason } : {}),
  };
};
