import type { PaymentsStore, Quote, Transaction } from "./payments-store.js";

// How MoonPay's platform API shapes its objects (dev.moonpay.com/api-reference/platform):
// amounts as decimal strings with their asset, fees per party, a wallet, a
// payment method, the transaction's stages.

const amount = (value: string | number, code: string) => ({
  amount: String(value),
  asset: { code: code.toUpperCase() },
});

/** Network, MoonPay's and the ecosystem's fee, in the fiat paid: 2.50, 1.5 % and 0.5 %. */
export function feesOf(fiat: number, currency: string) {
  return {
    network: amount("2.50", currency),
    moonpay: amount(cents(fiat * 0.015), currency),
    ecosystem: amount(cents(fiat * 0.005), currency),
  };
}

export function cents(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2);
}

/** `{ data: Quote }` for `POST /platform/v1/quotes/buy`. */
export function quoteBody(quote: Quote, signature: string, price: number) {
  return {
    data: {
      source: amount(quote.sourceAmount, quote.source),
      destination: amount(quote.destinationAmount, quote.destination),
      fees: feesOf(Number(quote.sourceAmount), quote.source),
      wallet: quote.walletAddress ? { address: quote.walletAddress } : null,
      paymentMethod: quote.paymentMethod
        ? { type: quote.paymentMethod, ...(quote.paymentMethodId ? { id: quote.paymentMethodId } : {}) }
        : null,
      limits: {
        daily: { limit: amount("10000.00", quote.source), remaining: amount("10000.00", quote.source) },
      },
      expiresAt: quote.expiresAt,
      executable: quote.executable,
      exchangeRate: price.toFixed(2),
      // Shown above the pay button for US customers (MoonPay's going-live page).
      paymentDisclosures: [{ id: "us-transaction-finality", version: "1" }],
      signature,
    },
  };
}

const STAGES = ["ordering", "waiting_payment", "processing", "delivery"] as const;

/** A transaction as `GET /platform/v1/transactions/{id}` shows it (without the `data` wrapper). */
export function describeTransaction(payments: PaymentsStore, transaction: Transaction, customerId: string) {
  const status = payments.statusOf(transaction);
  const done = status === "completed";
  const stages = STAGES.map((kind, index) => {
    const reached = index < 2 || done;
    const failedHere = status === "failed" && kind === "waiting_payment";
    return {
      kind,
      name: kind.replace("_", " "),
      status: failedHere
        ? "failed"
        : status === "failed" && index > 1
          ? "not_started"
          : reached
            ? "success"
            : index === 2
              ? "in_progress"
              : "not_started",
      ...(failedHere && transaction.failure ? { failureReason: transaction.failure.code } : {}),
    };
  });
  const at = new Date(transaction.createdAt).toISOString();
  const { quote } = transaction;
  return {
    id: transaction.id,
    createdAt: at,
    updatedAt: new Date(done ? transaction.createdAt + 2500 : transaction.createdAt).toISOString(),
    status,
    source: amount(quote.sourceAmount, quote.source),
    destination: amount(quote.destinationAmount, quote.destination),
    fees: feesOf(Number(quote.sourceAmount), quote.source),
    wallet: { address: quote.walletAddress ?? "" },
    customer: { id: customerId },
    paymentMethod: { type: quote.paymentMethod ?? "card" },
    stages,
  };
}
