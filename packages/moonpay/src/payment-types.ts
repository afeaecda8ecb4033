/** Seed 000's “Pay with Apple Pay” objects, as MoonPay's platform documentation describes them. */

export interface PaymentMethodConfig {
  /** e.g. `apple_pay`, `card`. */
  readonly type: string;
  readonly capabilities: Readonly<Record<string, boolean>>;
  /** `active: false` comes with a `reason`, e.g. `notAvailableInPreview`. */
  readonly availability: { readonly active: boolean; readonly reason?: string };
}

export interface StoredPaymentMethod {
  readonly id: string;
  readonly type: string;
  readonly [field: string]: unknown;
}

export interface PaymentMethods {
  readonly paymentMethodConfigs: readonly PaymentMethodConfig[];
  readonly paymentMethods: readonly StoredPaymentMethod[];
}

/**
 * What to quote, flat as seed 000's generation of the SDK takes it. Give one
 * of `sourceAmount` and `destinationAmount`. Without `walletAddress` and
 * `paymentMethod` the quote is a price quote (`executable: false`).
 */
export interface QuoteInput {
  /** The fiat currency paid, e.g. `usd`. */
  readonly source: string;
  /** The crypto currency bought, e.g. `eth`. */
  readonly destination: string;
  readonly sourceAmount?: string | number;
  readonly destinationAmount?: string | number;
  readonly walletAddress?: string;
  readonly paymentMethod?: string;
}

export interface Quote {
  readonly id: string;
  readonly source: string;
  readonly destination: string;
  readonly sourceAmount: string;
  readonly destinationAmount: string;
  readonly walletAddress: string | null;
  readonly paymentMethod: string | null;
  readonly executable: boolean;
  /** ISO 8601; after it the payment frame emits `quoteExpired`. */
  readonly expiresAt: string;
  readonly fees: { readonly processing: string; readonly network: string; readonly currency: string };
  readonly limits: { readonly minSourceAmount: string; readonly maxSourceAmount: string };
  /** Text you must show the customer before they pay. */
  readonly paymentDisclosures: readonly { readonly kind: string; readonly text: string }[];
  /** Opaque: hand it to `setupApplePay` untouched. */
  readonly signature: string;
}

/** Transaction statuses, normalised from the vendor's words (`complete`, `completed`, `waitingAuthorization`, …). */
export type TransactionStatus = "pending" | "completed" | "failed";

export interface Transaction {
  readonly id: string;
  readonly status: TransactionStatus;
  readonly failureCode?: string;
  readonly createdAt: string;
  readonly stages: readonly { readonly stage: string; readonly status: string }[];
  readonly [field: string]: unknown;
}

export interface TransactionPage {
  readonly data: readonly Transaction[];
  readonly pageInfo: { readonly nextCursor: string | null };
}

/** Maps every status word MoonPay's APIs and frames use onto three. */
export function normalizeTransactionStatus(word: unknown): TransactionStatus {
  if (word === "completed" || word === "complete") return "completed";
  if (word === "failed") return "failed";
  return "pending";
}
