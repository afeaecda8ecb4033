/** MoonPay's Buy transaction, as `GET /v1/transactions/{transactionId}` returns it. */

export type BuyPaymentMethod =
  | "ach_bank_transfer"
  | "credit_debit_card"
  | "paypal"
  | "gbp_bank_transfer"
  | "gbp_open_banking_payment"
  | "pix_instant_payment"
  | "sepa_bank_transfer";

export type BuyTransactionStatus = "waitingPayment" | "pending" | "waitingAuthorization" | "failed" | "completed";

export interface CryptoCurrency {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly type: "crypto";
  readonly name: string;
  readonly code: string;
  readonly precision: number;
  readonly minBuyAmount: number | null;
  readonly maxBuyAmount: number | null;
  readonly minSellAmount: number | null;
  readonly maxSellAmount: number | null;
  readonly addressRegex: string;
  readonly testnetAddressRegex: string;
  readonly supportsAddressTag: boolean;
  readonly addressTagRegex: string | null;
  readonly supportsTestMode: boolean;
  readonly isSuspended: boolean;
  readonly isSupportedInUs: boolean;
  readonly isSellSupported: boolean;
  readonly notAllowedUSStates: readonly string[];
  readonly notAllowedCountries: readonly string[];
  readonly metadata: {
    /** A string in the real API, though MoonPay's API reference example shows `0`. */
    readonly contractAddress: string | null;
    readonly chainId: string | null;
    readonly networkCode: string;
  };
}

export interface FiatCurrency {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly type: "fiat";
  readonly name: string;
  readonly code: string;
  readonly precision: number;
  readonly minBuyAmount: number | null;
  readonly maxBuyAmount: number | null;
  readonly isSellSupported: boolean;
}

export interface BuyTransaction {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly quoteExpiresAt: string | null;
  readonly baseCurrencyAmount: number;
  readonly quoteCurrencyAmount: number | null;
  readonly feeAmount: number | null;
  readonly extraFeeAmount: number | null;
  readonly paymentMethod: BuyPaymentMethod;
  readonly networkFeeAmount: number | null;
  readonly areFeesIncluded: boolean;
  readonly status: BuyTransactionStatus;
  readonly failureReason: string | null;
  /** A string: MoonPay's API reference example shows a number only because of how it was rendered. */
  readonly walletAddress: string;
  readonly walletAddressTag: string | null;
  /** A string, like `walletAddress`. */
  readonly cryptoTransactionId: string | null;
  readonly redirectUrl: string | null;
  readonly returnUrl: string;
  readonly widgetRedirectUrl: string | null;
  readonly eurRate: number;
  readonly usdRate: number;
  readonly gbpRate: number;
  readonly currencyId: string;
  readonly currency: CryptoCurrency;
  readonly baseCurrencyId: string;
  readonly baseCurrency: FiatCurrency;
  readonly customerId: string;
  readonly cardId: string | null;
  readonly bankAccountId: string | null;
  readonly externalCustomerId: string | null;
  readonly externalTransactionId: string | null;
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  /** Two-letter US state, or `null`. */
  readonly state: string | null;
}
