import type { FramelinkError, Result } from "@framelink/frames";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CallOptions, PaymentContext } from "./payment-context.js";
import {
  ACCESS_TOKEN,
  API_ORIGIN,
  authenticated,
  CALL_TIMEOUT_MS,
  CLIENT_TOKEN,
  type FakeAnswer,
  paymentContext,
  SESSION_TOKEN,
  stubFetch,
  track,
  transactionRecord,
} from "./platform-api.test-helper.js";
import {
  deletePaymentMethod,
  getPaymentMethods,
  getQuote,
  getTransaction,
  listTransactions,
} from "./platform-calls.js";

// The platform API calls against a fake fetch: what goes on the wire, and how
// MoonPay's answers and refusals come back.

const context = paymentContext();

function answering(status: number, body: unknown) {
  return stubFetch({ status, body });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
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

// Every call, each with a documented answer, for the tables below.
interface PlatformCall {
  readonly name: string;
  readonly run: (context: PaymentContext, options?: CallOptions) => Promise<Result<unknown, FramelinkError>>;
  readonly method: "GET" | "POST" | "DELETE";
  readonly url: string;
  /** The JSON body sent, if any. */
  readonly sent?: unknown;
  readonly answer: FakeAnswer;
  /** What the call reads from the answer (a subset, for `toMatchObject`), `undefined` for no value. */
  readonly value: unknown;
  /** Whether the call reads the answer's body (all but `deletePaymentMethod`). */
  readonly reads: boolean;
}

const calls: readonly PlatformCall[] = [
  {
    name: "getPaymentMethods",
    run: (context, options) => getPaymentMethods(context, options),
    method: "GET",
    url: `${API_ORIGIN}/platform/v1/payment-methods`,
    answer: {
      status: 200,
      body: {
        data: {
          paymentMethodConfigs: [
            {
              type: "apple_pay",
              capabilities: { supportedCurrencies: ["USD"], supportedTransactionTypes: ["buy"] },
              availability: { active: true },
            },
          ],
          paymentMethods: [{ id: "pm_1", type: "card", brand: "visa", last4: "4242" }],
        },
      },
    },
    value: {
      paymentMethodConfigs: [{ type: "apple_pay", availability: { active: true } }],
      paymentMethods: [{ id: "pm_1", last4: "4242" }],
    },
    reads: true,
  },
  {
    name: "deletePaymentMethod",
    run: (context, options) => deletePaymentMethod(context, "pm_1/x", options),
    method: "DELETE",
    url: `${API_ORIGIN}/platform/v1/payment-methods/pm_1%2Fx`,
    answer: { status: 204 },
    value: undefined,
    reads: false,
  },
  {
    name: "getQuote",
    run: (context, options) => getQuote(context, { source: "usd", destination: "eth", sourceAmount: "5" }, options),
    method: "POST",
    url: `${API_ORIGIN}/platform/v1/quotes/buy`,
    sent: { source: { asset: { code: "USD" }, amount: "5" }, destination: { asset: { code: "ETH" } } },
    answer: { status: 200, body: { data: quote } },
    value: { signature: "sig", executable: true },
    reads: true,
  },
  {
    name: "getTransaction",
    run: (context, options) => getTransaction(context, "tx_1", options),
    method: "GET",
    url: `${API_ORIGIN}/platform/v1/transactions/tx_1`,
    answer: { status: 200, body: { data: transactionRecord("completed") } },
    value: { id: "tx_1", status: "completed" },
    reads: true,
  },
  {
    name: "listTransactions",
    run: (context, options) => listTransactions(context, { limit: 10 }, options),
    method: "GET",
    url: `${API_ORIGIN}/platform/v1/transactions?limit=10`,
    answer: { status: 200, body: { data: [transactionRecord("pending")], pageInfo: { nextCursor: "tr_2" } } },
    value: { data: [{ id: "tx_1", status: "pending" }], pageInfo: { nextCursor: "tr_2" } },
    reads: true,
  },
];

const reading = calls.filter((call) => call.reads);

describe("every platform call", () => {
  it.each(calls)(
    "$name: goes to its URL with the bearer token only, no cookies, and reads the answer",
    async (call) => {
      const fetch = stubFetch(call.answer);
      const answer = await call.run(context);
      expect(answer.error).toBeUndefined();
      if (call.value === undefined) expect(answer.value).toBeUndefined();
      else expect(answer.value).toMatchObject(call.value as object);
      expect(fetch).toHaveBeenCalledTimes(1);
      const [url, init] = fetch.mock.calls[0]!;
      expect(String(url)).toBe(call.url);
      expect(init).toMatchObject({
        method: call.method,
        credentials: "omit",
        referrerPolicy: "no-referrer",
        redirect: "error",
      });
      expect(init.signal).toBeInstanceOf(AbortSignal);
      // The access token in the Authorization header, and nothing else of the client's.
      expect(init.headers).toEqual({
        Authorization: `Bearer ${ACCESS_TOKEN}`,
        ...(call.sent === undefined ? {} : { "Content-Type": "application/json" }),
      });
      if (call.sent === undefined) expect(init.body).toBeUndefined();
      else expect(JSON.parse(init.body as string)).toEqual(call.sent);
      const wire = JSON.stringify([String(url), init.headers, init.body ?? null]);
      expect(wire).not.toContain(CLIENT_TOKEN);
      expect(wire).not.toContain(SESSION_TOKEN);
    },
  );

  const refusals: readonly (readonly [number, string])[] = [
    [401, "unauthorized"],
    [403, "forbidden"],
    [404, "notFound"],
    [400, "invalidRequest"],
    [409, "invalidRequest"],
    [422, "invalidRequest"],
    [429, "rateLimited"],
    [500, "requestFailed"],
    [502, "requestFailed"],
    [503, "requestFailed"],
  ];

  it.each(calls.flatMap((call) => refusals.map(([status, code]) => [call.name, status, code, call] as const)))(
    "%s: HTTP %i is %s, with MoonPay's message",
    async (_, status, code, call) => {
      const fetch = stubFetch({ status, body: { code: "some_code", message: `MoonPay refused: ${status}` } });
      const answer = await call.run(context);
      expect(answer.ok).toBe(false);
      expect(answer.error?.code).toBe(code);
      expect(answer.error?.message).toBe(`MoonPay refused: ${status}`);
      expect(fetch).toHaveBeenCalledTimes(1);
    },
  );

  it.each([
    ["MoonPay's other error body", 422, { code: 422, type: "UnprocessableEntityError", message: "Amount too low" }],
    ["an error body nested under error", 400, { error: { code: "amount_too_low", message: "Amount too low" } }],
  ])("reads %s", async (_, status, body) => {
    stubFetch({ status, body });
    const answer = await getQuote(context, { source: "usd", destination: "eth", sourceAmount: "1" });
    expect(answer.error?.code).toBe("invalidRequest");
    expect(answer.error?.message).toBe("Amount too low");
  });

  it.each([
    [429, "<html>Too Many Requests</html>", "rateLimited"],
    [502, "<html>Bad Gateway</html>", "requestFailed"],
    [401, "", "unauthorized"],
    [422, '"just a string"', "invalidRequest"],
  ])("maps HTTP %i by its status whatever its body (%j)", async (status, text, code) => {
    stubFetch({ status, text });
    const answer = await getTransaction(context, "tx_1");
    expect(answer.error?.code).toBe(code);
    expect(answer.error?.message).toBe(`MoonPay answered HTTP ${status}.`);
  });

  it.each(
    reading.flatMap((call) =>
      [
        ["not { data }", { status: 200, body: { transactions: [] } }],
        ["data of the wrong type", { status: 200, body: { data: "nope" } }],
        ["an empty body", { status: 200 }],
        ["not JSON", { status: 200, text: "<html>OK</html>" }],
      ].map(([what, answer]) => [call.name, what as string, answer as FakeAnswer, call] as const),
    ),
  )("%s: a 200 with %s is invalidMessage", async (_, __, answer, call) => {
    stubFetch(answer);
    expect((await call.run(context)).error?.code).toBe("invalidMessage");
  });

  it("deletePaymentMethod: a 200 that is not JSON is invalidMessage; an empty one is ok", async () => {
    stubFetch({ status: 200, text: "<html>OK</html>" });
    expect((await deletePaymentMethod(context, "pm_1")).error?.code).toBe("invalidMessage");
    stubFetch({ status: 200 });
    expect((await deletePaymentMethod(context, "pm_1")).ok).toBe(true);
  });

  it.each(calls)("$name: a network failure (fetch rejects) is requestFailed", async (call) => {
    stubFetch("unreachable");
    const answer = await call.run(context);
    expect(answer.error?.code).toBe("requestFailed");
    expect(answer.error?.message).toBe("MoonPay could not be reached.");
    expect(answer.error?.cause).toBeInstanceOf(TypeError);
  });

  it.each(calls)(
    "$name: no answer within callTimeoutMs is requestFailed, and the request is cancelled",
    async (call) => {
      vi.useFakeTimers();
      const fetch = stubFetch("silent");
      const answer = track(call.run(context));
      await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS - 1);
      expect(answer.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(answer.value?.error?.code).toBe("requestFailed");
      expect(answer.value?.error?.message).toBe(`MoonPay did not answer within ${CALL_TIMEOUT_MS} ms.`);
      expect(fetch.mock.calls[0]![1].signal?.aborted).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    },
  );

  it("the timeout covers reading the body too: headers in time, then nothing, is requestFailed", async () => {
    vi.useFakeTimers();
    stubFetch("stalled");
    const answer = track(getTransaction(context, "tx_1"));
    await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS);
    expect(answer.value?.error?.code).toBe("requestFailed");
    expect(answer.value?.error?.message).toBe(`MoonPay did not answer within ${CALL_TIMEOUT_MS} ms.`);
  });

  it.each(calls)("$name: an answer in time leaves no timer behind", async (call) => {
    vi.useFakeTimers();
    stubFetch(call.answer);
    expect((await call.run(context)).ok).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each(calls)("$name: a signal aborted before the call is aborted, without a request", async (call) => {
    const fetch = stubFetch(call.answer);
    expect((await call.run(context, { signal: AbortSignal.abort() })).error?.code).toBe("aborted");
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each(calls)("$name: aborting in flight is aborted at once, and cancels the request", async (call) => {
    vi.useFakeTimers();
    const fetch = stubFetch("silent");
    const controller = new AbortController();
    const answer = track(call.run(context, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(10);
    expect(answer.settled).toBe(false);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(answer.value?.error?.code).toBe("aborted");
    expect(fetch.mock.calls[0]![1].signal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a signal that aborts after the answer changes nothing", async () => {
    stubFetch({ status: 200, body: { data: transactionRecord("completed") } });
    const controller = new AbortController();
    const answer = await getTransaction(context, "tx_1", { signal: controller.signal });
    controller.abort();
    expect(answer.value?.status).toBe("completed");
  });

  it.each(calls)("$name: the client disposed in flight is disposed, and cancels the request", async (call) => {
    const fetch = stubFetch("silent");
    const lifetime = new AbortController();
    const answer = call.run(paymentContext(undefined, lifetime.signal));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    lifetime.abort();
    expect((await answer).error?.code).toBe("disposed");
    expect(fetch.mock.calls[0]![1].signal?.aborted).toBe(true);
  });
});

describe("credentials, checked before any request", () => {
  const past = "2020-01-01T00:00:00.000Z";
  const cases: readonly (readonly [string, PaymentContext, string])[] = [
    ["no credentials (not connected, or signed out)", paymentContext(() => undefined), "noActiveSession"],
    [
      "anonymous credentials, even with a scoped access token",
      paymentContext(() => ({ accessToken: "at_anonymous", clientToken: CLIENT_TOKEN, authenticated: false })),
      "noActiveSession",
    ],
    [
      "authenticated credentials without an access token",
      paymentContext(() => ({ clientToken: CLIENT_TOKEN, authenticated: true })),
      "noActiveSession",
    ],
    [
      "credentials past their expiresAt",
      paymentContext(() => ({ ...authenticated, expiresAt: past })),
      "credentialsExpired",
    ],
    ["a disposed client", paymentContext(undefined, AbortSignal.abort()), "disposed"],
  ];

  it.each(
    calls.flatMap((call) => cases.map(([what, context, code]) => [call.name, what, code, call, context] as const)),
  )("%s with %s is %s, and no request", async (_, __, code, call, context) => {
    const fetch = stubFetch(call.answer);
    const answer = await call.run(context);
    expect(answer.error?.code).toBe(code);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("credentials that expire later are used; once expired, they are not", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-01-01T00:00:00.000Z") });
    const fetch = stubFetch({ status: 200, body: { data: transactionRecord("completed") } });
    const expiring = paymentContext(() => ({ ...authenticated, expiresAt: "2026-01-01T00:01:00.000Z" }));
    expect((await getTransaction(expiring, "tx_1")).ok).toBe(true);
    vi.setSystemTime(Date.parse("2026-01-01T00:01:00.000Z"));
    expect((await getTransaction(expiring, "tx_1")).error?.code).toBe("credentialsExpired");
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
