import { describe, expect, it } from "vitest";
import { readPaymentMethods, readPlatformApiError, readQuote } from "./platform-api.js";
import { readTransaction, readTransactionPage } from "./platform-transactions.js";

const usd = (amount: string) => ({ amount, asset: { code: "USD" } });

// MoonPay's own example of a quote (dev.moonpay.com, quotes/get).
const quote = {
  source: { amount: "100.00", asset: { code: "USD" } },
  destination: { amount: "0.00114", asset: { code: "BTC" } },
  fees: { network: usd("2.39"), moonpay: usd("4.99"), ecosystem: usd("1.00") },
  wallet: { address: "0x1234567890" },
  paymentMethod: {},
  limits: null,
  expiresAt: "2026-03-27T12:30:00.000Z",
  executable: true,
  exchangeRate: "87523.17",
  paymentDisclosures: [{ id: "eea-crypto-asset-risk", version: "1" }],
  signature: "cXVvdGUuc2lnbmF0dXJl",
};

describe("readQuote", () => {
  it("reads MoonPay's documented example", () => {
    expect(readQuote({ data: quote })).toEqual({ ...quote, paymentMethod: null });
  });

  it("reads the preview's partner fee and currencyCode amounts", () => {
    const read = readQuote({ data: { ...quote, fees: { partner: { amount: "1", currencyCode: "USD" } } } });
    expect(read?.fees).toEqual({ partner: { amount: "1", asset: { code: "USD" } } });
  });

  it.each([
    ["no data wrapper", quote],
    ["no signature", { data: { ...quote, signature: undefined } }],
    ["executable as a string", { data: { ...quote, executable: "true" } }],
    ["a bad expiry", { data: { ...quote, expiresAt: "soon" } }],
  ])("refuses %s", (_, body) => {
    expect(readQuote(body)).toBeUndefined();
  });
});

describe("readPaymentMethods", () => {
  const config = {
    type: "apple_pay",
    capabilities: {
      supportedCurrencies: ["USD"],
      supportedTransactionTypes: ["buy"],
      allowsDeletion: false,
      requiresWidget: false,
    },
    availability: { active: true },
  };
  it("reads the API reference's shape and the SDK reference's newer one", () => {
    const card = { id: "pm_1", type: "card", brand: "visa", last4: "4242" };
    expect(readPaymentMethods({ data: { paymentMethodConfigs: [config], paymentMethods: [card] } })).toEqual({
      paymentMethodConfigs: [config],
      paymentMethods: [card],
    });
    expect(readPaymentMethods({ data: [config], storedCards: [card] })).toEqual({
      paymentMethodConfigs: [config],
      paymentMethods: [card],
    });
    expect(readPaymentMethods({ data: [config] })).toEqual({ paymentMethodConfigs: [config], paymentMethods: [] });
  });

  it("skips items that do not read, as MoonPay's own example's empty stored methods, and keeps the rest", () => {
    expect(
      readPaymentMethods({
        data: { paymentMethodConfigs: [{ type: "card", capabilities: {} }, config], paymentMethods: [{}, {}, {}] },
      }),
    ).toEqual({
      paymentMethodConfigs: [config],
      paymentMethods: [],
    });
    expect(readPaymentMethods({ data: { paymentMethodConfigs: "none", paymentMethods: [] } })).toBeUndefined();
  });

  it("reads limits into fresh objects, and no period as null", () => {
    const polluted = JSON.parse(
      '{"__proto__":{"yearly":{"limit":{"amount":"1","asset":{"code":"USD"}},"remaining":{"amount":"1","asset":{"code":"USD"}}}}}',
    );
    const limits = { ...polluted, daily: { limit: usd("1000"), remaining: usd("900") }, weekly: { limit: usd("1") } };
    expect(readQuote({ data: { ...quote, limits } })?.limits).toEqual({
      daily: { limit: usd("1000"), remaining: usd("900") },
    });
    expect(readQuote({ data: { ...quote, limits: { weekly: {} } } })?.limits).toBeNull();
  });
});

describe("transactions", () => {
  const transaction = {
    id: "tr_abc123",
    createdAt: "2023-11-07T05:31:56Z",
    updatedAt: "2023-11-07T05:31:56Z",
    status: "completed",
    source: usd("100"),
    destination: { amount: "0.001", asset: { code: "BTC" } },
    fees: { network: usd("1") },
    wallet: { address: "bc1q" },
    customer: { id: "cust_xyz789" },
    paymentMethod: { type: "apple_pay" },
    stages: [{ kind: "ordering", name: "Order", status: "success" }],
  };

  it("reads one transaction and a page", () => {
    expect(readTransaction({ data: transaction })).toEqual(transaction);
    expect(readTransactionPage({ data: [transaction], pageInfo: { nextCursor: "tr_2" } })).toEqual({
      data: [transaction],
      pageInfo: { nextCursor: "tr_2" },
    });
    expect(readTransactionPage({ data: [], pageInfo: { nextCursor: null } })).toEqual({
      data: [],
      pageInfo: { nextCursor: null },
    });
  });

  it("refuses a transaction without an id; a page keeps the items that read", () => {
    expect(readTransaction({ data: { ...transaction, id: undefined } })).toBeUndefined();
    expect(readTransactionPage({ data: [{}, transaction], pageInfo: { nextCursor: null } })?.data).toEqual([
      transaction,
    ]);
    expect(readTransactionPage({ data: "none" })).toBeUndefined();
  });
});

describe("readPlatformApiError", () => {
  it("reads both documented shapes, and one nested under error", () => {
    expect(readPlatformApiError({ code: "not_found", message: "No such thing" })).toEqual({
      code: "not_found",
      message: "No such thing",
    });
    expect(
      readPlatformApiError({ code: 400, type: "Invalid request", message: "sourceAmount must be greater than 0." }),
    ).toEqual({
      code: "400",
      type: "Invalid request",
      message: "sourceAmount must be greater than 0.",
    });
    expect(readPlatformApiError({ error: { code: "unauthorized", message: "No" } })).toEqual({
      code: "unauthorized",
      message: "No",
    });
  });
});
