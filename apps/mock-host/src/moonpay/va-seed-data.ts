/**
 * Deterministic Virtual Accounts data: accounts in every type and state, and
 * 270 on-ramp transactions across every status, newest first, on the account
 * `va_onramp_completed`. Amounts are strings, as the API sends them.
 */
export const VA_TRANSACTION_STATUSES = [
  "Pending",
  "PayoutPending",
  "Payout",
  "PayoutCompleted",
  "Completed",
  "Failed",
  "InAmlReview",
  "AmlRejected",
  "AmountRejected",
] as const;

const at = "2025-06-10T11:45:25.202Z";

const network = {
  code: "solana",
  name: "Solana",
  icon: "https://static.moonpay.com/widget/currencies/usdc.svg",
  isAddressCaseSensitive: true,
  isEvmCompatible: false,
  addressRegex: "^[1-9A-HJ-NP-Za-km-z]{32,44}$",
  supportsAddressTag: false,
  testnetWalletExplorerLink: "https://explorer.solana.com/?cluster=devnet",
  mainnetWalletExplorerLink: "https://explorer.solana.com",
  testnetTxnExplorerLink: "https://explorer.solana.com/tx?cluster=devnet",
  mainnetTxnExplorerLink: "https://explorer.solana.com/tx",
  addressTagRegex: null,
  createdAt: at,
  updatedAt: at,
};

const usd = {
  id: "cur_usd",
  code: "USD",
  name: "US Dollar",
  precision: 2,
  icon: "",
  type: "fiat",
  maxAmount: 1_000_000,
  minAmount: 1,
  maxBuyAmount: 1_000_000,
  minBuyAmount: 1,
  accountBuyMinAmount: 1,
  isSellSupported: true,
  createdAt: at,
  updatedAt: at,
};
const usdc = {
  id: "cur_usdc_sol",
  code: "usdc_sol",
  name: "USD Coin (Solana)",
  precision: 2,
  icon: "",
  type: "crypto",
  maxAmount: 1_000_000,
  minAmount: 1,
  maxBuyAmount: 1_000_000,
  minBuyAmount: 1,
  createdAt: at,
  updatedAt: at,
};

function wallet(n: number) {
  return { walletAddress: `So1anaWa11et${String(n).padStart(30, "0")}`, walletAddressTag: null };
}

function account(
  id: string,
  type: "auto_on_ramp" | "auto_off_ramp",
  state: "pending" | "completed" | "failed",
  customer: number,
) {
  const onRamp = type === "auto_on_ramp";
  return {
    id,
    type,
    state,
    destination: { wallet: wallet(customer), network },
    sourceCurrency: onRamp ? usd : usdc,
    destinationCurrency: onRamp ? usdc : usd,
    customerId: `cust_${customer}`,
    organizationId: "org_framelink",
    createdAt: at,
    updatedAt: at,
    source: {
      iban: "DE89370400440532013000",
      bic: "COBADEFFXXX",
      accountNumber: `00${customer}1234567`,
      sortCode: "400440",
      bankName: "Mock Bank AG",
      bankAddress: "1 Example Street, Berlin",
      accountName: `Customer ${customer}`,
    },
  };
}

export const VIRTUAL_ACCOUNTS = [
  account("va_onramp_completed", "auto_on_ramp", "completed", 1),
  account("va_onramp_pending", "auto_on_ramp", "pending", 1),
  account("va_onramp_failed", "auto_on_ramp", "failed", 2),
  account("va_offramp_completed", "auto_off_ramp", "completed", 2),
  account("va_offramp_pending", "auto_off_ramp", "pending", 3),
  account("va_offramp_failed", "auto_off_ramp", "failed", 3),
];

export const ON_RAMP_TRANSACTIONS = Array.from({ length: 270 }, (_, index) => {
  const amount = (((index * 37) % 990) + 10).toFixed(2);
  return {
    id: `vatx_${String(270 - index).padStart(4, "0")}`,
    status: VA_TRANSACTION_STATUSES[index % VA_TRANSACTION_STATUSES.length]!,
    sourceAmount: amount,
    sourceCurrency: usd,
    destinationAmount: amount,
    destinationCurrency: usdc,
    source: { accountName: "Customer 1", iban: "DE89370400440532013000", accountAddress: "1 Example Street, Berlin" },
    destination: { wallet: wallet(1), network },
    virtualAccountId: "va_onramp_completed",
    createdAt: new Date(Date.UTC(2025, 5, 10, 12) - index * 3_600_000).toISOString(),
  };
});
