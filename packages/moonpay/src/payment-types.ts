export type {
  Asset,
  AssetAmount,
  Fees,
  Limit,
  Limits,
  PaymentDisclosure,
  PaymentMethodConfig,
  PaymentMethods,
  Quote,
  StoredPaymentMethod,
  Transaction,
  TransactionPage,
  TransactionStage,
  TransactionStatus,
  Wallet,
} from "@framelink/protocol";

/**
 * What to quote, flat, as the SDK in the preview edition of MoonPay's
 * documentation takes it; the client builds MoonPay's nested body from it.
 * Give exactly one of `sourceAmount` and `destinationAmount`. Without
 * `walletAddress` and `paymentMethod` the quote is a price quote
 * (`executable: false`).
 */
export interface QuoteInput {
  /** The fiat currency paid, e.g. `USD` (ISO 4217; case is not significant). */
  readonly source: string;
  /** The crypto asset bought, e.g. `ETH` or `USDC_SOL`. */
  readonly destination: string;
  readonly sourceAmount?: string | number;
  readonly destinationAmount?: string | number;
  readonly walletAddress?: string;
  /** The memo or destination tag some networks need (XRP, XLM). */
  readonly walletAddressTag?: string;
  /** `apple_pay`, `google_pay`, or a stored card as `{ type: "card", id }`. */
  readonly paymentMethod?: string | { readonly type: string; readonly id?: string };
}

/** `GET /platform/v1/transactions`' query: a page after `cursor`, of `limit` (1 to 100), created between the dates. */
export interface TransactionQuery {
  /** `pageInfo.nextCursor` of the previous page. */
  readonly cursor?: string | null;
  readonly limit?: number;
  /** `YYYY-MM-DD`: created on or after. */
  readonly startDate?: string;
  /** `YYYY-MM-DD`: created on or before. */
  readonly endDate?: string;
}

export interface WaitOptions {
  readonly signal?: AbortSignal;
  /** Default 120 000 ms; then `callTimeout`. */
  readonly timeoutMs?: number;
}
