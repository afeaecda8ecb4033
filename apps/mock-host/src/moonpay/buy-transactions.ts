import { Hono } from "hono";
import { secretEquals } from "../secret-equals.js";

const STATUSES = ["waitingPayment", "pending", "waitingAuthorization", "failed", "completed"] as const;
const METHODS = [
  "ach_bank_transfer",
  "credit_debit_card",
  "paypal",
  "gbp_bank_transfer",
  "gbp_open_banking_payment",
  "pix_instant_payment",
  "sepa_bank_transfer",
] as const;

const at = "2024-02-17T18:24:45.206Z";

/** One Buy transaction per status and payment method, with id `tx_<status>_<method>`, shaped as seed 003. */
export const BUY_TRANSACTIONS = STATUSES.flatMap((status) =>
  METHODS.map((paymentMethod) => {
    const id = `tx_${status}_${paymentMethod}`;
    const card = paymentMethod === "credit_debit_card" || paymentMethod === "paypal";
    return {
      id,
      createdAt: at,
      updatedAt: at,
      quoteExpiresAt: "2024-02-17T18:54:45.206Z",
      baseCurrencyAmount: 45.5,
      quoteCurrencyAmount: status === "completed" ? 0.0154 : null,
      feeAmount: 1.7,
      extraFeeAmount: 0.43,
      paymentMethod,
      networkFeeAmount: 2.37,
      areFeesIncluded: true,
      status,
      failureReason: status === "failed" ? "card_declined" : null,
      walletAddress: "0x9d5f4f3c1a2b8e7d6c5b4a39281706f5e4d3c2b1",
      walletAddressTag: null,
      cryptoTransactionId:
        status === "completed" ? "0x8c3f0e5b2d1a4c7e9f6b3a2d5c8e1f4a7b0d3c6e9f2a5b8c1d4e7f0a3b6c9d2e" : null,
      redirectUrl: status === "waitingAuthorization" ? `https://api.moonpay.com/secure/url?transactionId=${id}` : null,
      returnUrl: `https://buy.moonpay.com/transaction_receipt?transactionId=${id}`,
      widgetRedirectUrl: null,
      eurRate: 0.92432,
      usdRate: 1,
      gbpRate: 0.79016,
      currencyId: "cur_usdc",
      currency: {
        id: "cur_usdc",
        createdAt: "2019-05-17T18:24:45.206Z",
        updatedAt: "2019-05-17T18:24:45.206Z",
        type: "crypto",
        name: "USD Coin (ERC-20)",
        code: "usdc",
        precision: 2,
        minBuyAmount: 30,
        maxBuyAmount: 1000,
        minSellAmount: 15,
        maxSellAmount: 100000,
        addressRegex: "^(0x)[0-9A-Fa-f]{40}$",
        testnetAddressRegex: "^(0x)[0-9A-Fa-f]{40}$",
        supportsAddressTag: false,
        addressTagRegex: null,
        supportsTestMode: true,
        isSuspended: false,
        isSupportedInUs: true,
        isSellSupported: true,
        notAllowedUSStates: ["LA", "VI"],
        notAllowedCountries: ["CA"],
        metadata: {
          contractAddress: "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",
          chainId: "1",
          networkCode: "ethereum",
        },
      },
      baseCurrencyId: "cur_gbp",
      baseCurrency: {
        id: "cur_gbp",
        createdAt: "2019-05-17T18:24:45.206Z",
        updatedAt: "2019-05-17T18:24:45.206Z",
        type: "fiat",
        name: "Pound Sterling",
        code: "gbp",
        precision: 2,
        minBuyAmount: 30,
        maxBuyAmount: 9000,
        isSellSupported: true,
      },
      customerId: "77cc1309-0058-4177-b170-8e9657fe12eb",
      cardId: card ? "0a7e23d8-6a52-44c7-b189-91b37bd13796" : null,
      bankAccountId: card ? null : "b3c1f1f0-1a7e-4c52-9a1d-5e0e2c7b9f10",
      externalCustomerId: "your_user_id",
      externalTransactionId: null,
      country: "GBR",
      state: null,
    };
  }),
);

/** `GET /v1/transactions/{id}?apiKey=pk_…`: 401 without a known publishable key, 404 for an unknown id. */
export function buyTransactionRoutes(publishableKey: string): Hono {
  const app = new Hono();
  app.get("/v1/transactions/:id", (c) => {
    if (!secretEquals(c.req.query("apiKey"), publishableKey)) {
      return c.json({ errors: [], message: "Invalid or missing apiKey", type: "UnauthorizedError" }, 401);
    }
    const transaction = BUY_TRANSACTIONS.find((candidate) => candidate.id === c.req.param("id"));
    return transaction
      ? c.json(transaction)
      : c.json({ errors: [], message: "Transaction not found", type: "NotFoundError" }, 404);
  });
  return app;
}
