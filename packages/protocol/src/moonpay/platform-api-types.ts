import type { TransactionStatus } from "./frame-transaction.js";

// MoonPay's platform API as the browser calls it with client credentials
// (dev.moonpay.com/api-reference/platform): every answer is `{ data }`, read
// here as untrusted input. Required fields are the ones a merchant acts on;
// the rest is read when present and well-formed, and left out otherwise, so
// that a field MoonPay adds or drops does not break a payment.

export interface Asset {
  /** e.g. `USD`, `ETH`, `USDC_SOL`. */
  readonly code: string;
  readonly name?: string;
  readonly precision?: number;
}

/** An amount of an asset; amounts are decimal strings, to keep their precision. */
export interface AssetAmount {
  readonly amount?: string;
  readonly asset: Asset;
}

export interface PaymentMethodConfig {
  /** `apple_pay`, `google_pay`, `card`, … */
  readonly type: string;
  readonly capabilities: {
    readonly supportedCurrencies: readonly string[];
    readonly supportedTransactionTypes: readonly string[];
    readonly allowsDeletion: boolean;
    readonly requiresWidget: boolean;
  };
  readonly availability: { readonly active: boolean; readonly unavailableReason?: string };
}

/** A stored payment method (a card): its `id` and what MoonPay shows of it. */
export interface StoredPaymentMethod {
  readonly id: string;
  readonly type: string;
  readonly brand?: string;
  readonly last4?: string;
  readonly expiryMonth?: number;
  readonly expiryYear?: number;
}

export interface PaymentMethods {
  readonly paymentMethodConfigs: readonly PaymentMethodConfig[];
  readonly paymentMethods: readonly StoredPaymentMethod[];
}

/** What the customer may still spend in a period. */
export interface Limit {
  readonly limit: AssetAmount;
  readonly remaining: AssetAmount;
}

/** Limits per period, as the quote schema in the preview edition of MoonPay's docs shapes them; the current API reference's example has `null`. */
export interface Limits {
  readonly daily?: Limit;
  readonly monthly?: Limit;
  readonly yearly?: Limit;
}

export interface Fees {
  readonly network?: AssetAmount;
  readonly moonpay?: AssetAmount;
  /** The partner's fee: `partner` in the preview edition of MoonPay's docs, `ecosystem` in the current API reference. */
  readonly partner?: AssetAmount;
  readonly ecosystem?: AssetAmount;
}

export interface Wallet {
  readonly address: string;
  readonly tag?: string;
}

/** A disclosure the customer must be shown before paying, by id and wording version. */
export interface PaymentDisclosure {
  readonly id: string;
  readonly version: string;
}

export interface Quote {
  readonly source: AssetAmount;
  readonly destination: AssetAmount;
  readonly fees: Fees;
  readonly wallet: Wallet | null;
  readonly paymentMethod: { readonly type: string; readonly id?: string } | null;
  /** The customer's remaining limits per period, or `null`. */
  readonly limits: Limits | null;
  readonly expiresAt: string;
  /** `false` until the quote has a wallet and a payment method: a price quote only. */
  readonly executable: boolean;
  readonly exchangeRate?: string;
  readonly paymentDisclosures: readonly PaymentDisclosure[];
  /** Opaque: hand it to a payment frame as it is, never parse it. */
  readonly signature: string;
}

export interface TransactionStage {
  /** e.g. `ordering`, `waiting_payment`, `processing`, `delivery`. */
  readonly kind: string;
  readonly name?: string;
  /** e.g. `not_started`, `in_progress`, `success`, `failed`. */
  readonly status: string;
  readonly failureReason?: string;
}

export interface Transaction {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt?: string;
  readonly status: TransactionStatus;
  readonly source?: AssetAmount;
  readonly destination?: AssetAmount;
  readonly fees?: Fees;
  readonly wallet?: Wallet;
  readonly customer?: { readonly id: string };
  readonly paymentMethod?: { readonly type: string };
  readonly stages: readonly TransactionStage[];
}

export interface TransactionPage {
  readonly data: readonly Transaction[];
  readonly pageInfo: { readonly nextCursor: string | null };
}

/** The API's error body, as far as it can be read: `code` (string or number), `message`, `type`. */
export interface PlatformApiError {
  readonly code?: string;
  readonly type?: string;
  readonly message?: string;
}
