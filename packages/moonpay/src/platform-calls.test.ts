import { afterEach, describe, expect, it, vi } from "vitest";
import { frameTools } from "./frame-tools.js";
import type { PaymentContext } from "./payment-context.js";
import { getQuote, listTransactions } from "./platform-calls.js";

// The platform API calls against a fake fetch: what goes on the wire, and how
// MoonPay's answers and refusals come back.

const context: PaymentContext = {
  options: {
    sessionToken: "c3N0XzAwMQ==",
    frameOrigin: "https://blocks.moonpay.test",
    apiOrigin: "https://api.moonpay.test",
    handshakeTimeoutMs: 1000,
    callTimeoutMs: 1000,
  },
  tools: frameTools,
  credentials: () => ({ accessToken: "at_1", clientToken: "ct_1", authenticated: true }),
  lifetime: new AbortController().signal,
};

function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetch = vi.fn(
    async (_url: URL, _init: RequestInit) =>
      new Response(body === undefined ? null : JSON.stringify(body), { status, headers }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const quote = {
  source: { amount: "100.00", asset: { code: "USD" } },
  destination: { amount: "0.04", asset: { code: "ETH" } },
  fees: {},
  wallet: { address: "0xabc" },
  paymentMethod: { type: "apple_pay" },
  limits: null,
  expiresAt: "2030-01-01T00:00:00.000Z",
  executable: true,
  paymentDisclosures: [],
  signature: "sig",
};

describe("getQuote", () => {
  it("sends MoonPay's nested body with the bearer token, no cookies, no referrer, no redirects", async () => {
    const fetch = answering(200, { data: quote });
    const answer = await getQuote(context, {
      source: "usd",
      destination: "eth",
      sourceAmount: 100,
      walletAddress: "0xabc",
      walletAddressTag: "7",
      paymentMethod: { type: "card", id: "pm_1" },
    });
    expect(answer.value?.signature).toBe("sig");
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe("https://api.moonpay.test/platform/v1/quotes/buy");
    expect(JSON.parse(init.body as string)).toEqual({
      source: { asset: { code: "USD" }, amount: "100" },
      destination: { asset: { code: "ETH" } },
      wallet: { address: "0xabc", tag: "7" },
      paymentMethod: { type: "card", id: "pm_1" },
    });
    expect(init).toMatchObject({
      method: "POST",
      credentials: "omit",
      referrerPolicy: "no-referrer",
      redirect: "error",
      headers: { Authorization: "Bearer at_1" },
    });
  });

  it.each([
    ["no amount", { source: "usd", destination: "eth" }],
    ["both amounts", { source: "usd", destination: "eth", sourceAmount: "1", destinationAmount: "1" }],
    ["a negative amount", { source: "usd", destination: "eth", sourceAmount: "-5" }],
    ["no destination", { source: "usd", sourceAmount: "5" }],
  ])("refuses %s before any request", async (_, input) => {
    const fetch = answering(200, { data: quote });
    expect((await getQuote(context, input as never)).error?.code).toBe("invalidOptions");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("reads an answer that is not MoonPay's shape as invalidMessage", async () => {
    answering(200, quote);
    expect((await getQuote(context, { source: "usd", destination: "eth", sourceAmount: "5" })).error?.code).toBe(
      "invalidMessage",
    );
  });

  it.each([
    [401, "unauthorized"],
    [403, "forbidden"],
    [404, "notFound"],
    [429, "rateLimited"],
    [400, "invalidRequest"],
    [503, "requestFailed"],
  ])("maps HTTP %i to %s, with MoonPay's message", async (status, code) => {
    answering(status, { code: "whatever", message: "From MoonPay" });
    const answer = await getQuote(context, { source: "usd", destination: "eth", sourceAmount: "5" });
    expect(answer.error?.code).toBe(code);
    expect(answer.error?.message).toBe("From MoonPay");
  });
});

describe("listTransactions", () => {
  it("sends the documented query, and refuses what is out of range before any request", async () => {
    const fetch = answering(200, { data: [], pageInfo: { nextCursor: null } });
    await listTransactions(context, { limit: 25, startDate: "2026-01-01", endDate: "2026-01-31" });
    expect(String(fetch.mock.calls[0]![0])).toBe(
      "https://api.moonpay.test/platform/v1/transactions?limit=25&startDate=2026-01-01&endDate=2026-01-31",
    );
    for (const query of [{ limit: 0 }, { limit: 101 }, { startDate: "01/01/2026" }, { cursor: 5 }]) {
      expect((await listTransactions(context, query as never)).error?.code).toBe("invalidOptions");
    }
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("passes the cursor on, and reads the last page's null cursor", async () => {
    const fetch = answering(200, { data: [], pageInfo: { nextCursor: null } });
    expect((await listTransactions(context, { cursor: "tr_2" })).value).toEqual({
      data: [],
      pageInfo: { nextCursor: null },
    });
    expect(String(fetch.mock.calls[0]![0])).toBe("https://api.moonpay.test/platform/v1/transactions?cursor=tr_2");
  });
});
