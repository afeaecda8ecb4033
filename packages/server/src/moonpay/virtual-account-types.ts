/** The objects of MoonPay's Virtual Accounts API. Amounts are strings, as the API sends them. */

export type VirtualAccountType = "auto_on_ramp" | "auto_off_ramp";
export type VirtualAccountState = "pending" | "completed" | "failed";
export type OnRampTransactionStatus =
  | "Pending"
  | "PayoutPending"
  | "Payout"
  | "PayoutCompleted"
  | "Completed"
  | "Failed"
  | "InAmlReview"
  | "AmlRejected"
  | "AmountRejected";

export interface Network {
  readonly code: string;
  readonly name: string;
  readonly icon: string;
  readonly isAddressCaseSensitive: boolean;
  readonly isEvmCompatible: boolean;
  readonly addressRegex: string;
  readonly supportsAddressTag: boolean;
  readonly testnetWalletExplorerLink: string;
  readonly mainnetWalletExplorerLink: string;
  readonly testnetTxnExplorerLink: string;
  readonly mainnetTxnExplorerLink: string;
  readonly addressTagRegex: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface WalletDestination {
  readonly wallet: { readonly walletAddress: string; readonly walletAddressTag: string | null };
  readonly network: Network;
}

/** A currency as the Virtual Accounts API describes it; fields beyond code and name vary by kind. */
export interface VirtualAccountCurrency {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly precision: number;
  readonly icon: string;
  readonly type?: "fiat" | "crypto";
  readonly maxAmount?: number;
  readonly minAmount?: number;
  readonly maxBuyAmount?: number;
  readonly minBuyAmount?: number;
  readonly accountBuyMinAmount?: number;
  readonly isSellSupported?: boolean;
  readonly deletedAt?: string | null;
  readonly decimals?: number;
  readonly spreadPercentage?: number;
  readonly isUtxoCompatible?: boolean;
  readonly supportedAcquirers?: readonly string[];
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

export interface BankAccountSource {
  readonly iban: string | null;
  readonly bic: string | null;
  readonly accountNumber: string | null;
  readonly sortCode: string | null;
  readonly bankName: string | null;
  readonly bankAddress: string | null;
  readonly accountName: string;
}

export interface VirtualAccount {
  readonly id: string;
  readonly type: VirtualAccountType;
  readonly state: VirtualAccountState;
  readonly destination: WalletDestination;
  readonly sourceCurrency: VirtualAccountCurrency;
  readonly destinationCurrency: VirtualAccountCurrency;
  readonly customerId: string;
  readonly organizationId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly source: BankAccountSource;
}

export interface OnRampTransaction {
  readonly id: string;
  readonly status: OnRampTransactionStatus;
  readonly sourceAmount: string;
  readonly sourceCurrency: VirtualAccountCurrency;
  readonly destinationAmount: string;
  readonly destinationCurrency: VirtualAccountCurrency;
  readonly source: { readonly accountName: string; readonly iban: string; readonly accountAddress: string };
  readonly destination: WalletDestination;
  readonly createdAt: string;
}

export interface OnRampTransactionPage {
  /** `null` on the last page. */
  readonly nextCursor: string | null;
  readonly transactions: readonly OnRampTransaction[];
}
