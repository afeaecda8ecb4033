import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  API_ORIGIN,
  authenticated,
  CALL_TIMEOUT_MS,
  type FakeAnswer,
  paymentContext,
  stubFetch,
  track,
  transactionRecord,
} from "./platform-api.test-helper.js";
import { waitForTransaction } from "./wait-for-transaction.js";

// waitForTransaction on a fake clock against a fake API: when it polls, what
// it polls through, and that it stops, for good, at its outcome.

const context = paymentContext();
const pending: FakeAnswer = { status: 200, body: { data: transactionRecord("pending") } };
const settledAs = (status: string): FakeAnswer => ({ status: 200, body: { data: transactionRecord(status) } });

/** When each poll goes out, from the first (0): 500 ms, then ×1.6 (rounded) up to 5 s between polls. */
const POLL_TIMES = [0, 500, 1300, 2580, 4628, 7905, 12_905, 17_905, 22_905];

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** After the wait settled: an hour more on the clock brings no request and finds no timer. */
async function expectNothingMore(fetch: ReturnType<typeof stubFetch>) {
  const calls = fetch.mock.calls.length;
  await vi.advanceTimersByTimeAsync(3_600_000);
  expect(fetch).toHaveBeenCalledTimes(calls);
  expect(vi.getTimerCount()).toBe(0);
}

describe("waitForTransaction", () => {
  it("polls GET /platform/v1/transactions/{id} with the bearer token, backing off from 500 ms to 5 s", async () => {
    const fetch = stubFetch(pending);
    const wait = track(waitForTransaction(context, "tx_1"));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    let now = 0;
    for (const [index, at] of POLL_TIMES.entries()) {
      if (index === 0) continue;
      await vi.advanceTimersByTimeAsync(at - 1 - now);
      expect(fetch, `before the poll at ${at} ms`).toHaveBeenCalledTimes(index);
      await vi.advanceTimersByTimeAsync(1);
      expect(fetch, `at ${at} ms`).toHaveBeenCalledTimes(index + 1);
      now = at;
    }
    expect(wait.settled).toBe(false);
    for (const [url, init] of fetch.mock.calls) {
      expect(String(url)).toBe(`${API_ORIGIN}/platform/v1/transactions/tx_1`);
      expect(init).toMatchObject({ method: "GET", credentials: "omit", headers: { Authorization: "Bearer at_1" } });
    }
  });

  it.each([
    ["completed", "completed"],
    ["complete", "completed"],
    ["failed", "failed"],
  ])("polls until the status is final (%s → %s), then stops", async (word, status) => {
    const fetch = stubFetch(pending, pending, pending, settledAs(word));
    const wait = track(waitForTransaction(context, "tx_1"));
    await vi.advanceTimersByTimeAsync(POLL_TIMES[3]! - 1);
    expect(wait.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.settled).toBe(true);
    expect(wait.value?.value).toMatchObject({ id: "tx_1", status });
    expect(fetch).toHaveBeenCalledTimes(4);
    await expectNothingMore(fetch);
  });

  it("answers at once, with one request, a transaction that is already final", async () => {
    const fetch = stubFetch(settledAs("completed"));
    const wait = track(waitForTransaction(context, "tx_1"));
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.value?.value?.status).toBe("completed");
    await expectNothingMore(fetch);
  });

  it("polls through rateLimited (429) and requestFailed (5xx, network, no answer in time), on the same back-off", async () => {
    const fetch = stubFetch(
      { status: 429, body: { message: "Too many requests" } },
      { status: 429, text: "<html>Too Many Requests</html>" },
      { status: 503, body: { message: "Unavailable" } },
      "unreachable",
      "silent",
      settledAs("completed"),
    );
    const wait = track(waitForTransaction(context, "tx_1"));
    await vi.advanceTimersByTimeAsync(POLL_TIMES[4]!);
    expect(fetch).toHaveBeenCalledTimes(5);
    // The fifth poll gets no answer: it fails after callTimeoutMs, and the wait goes on after its pause.
    await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS);
    expect(wait.settled).toBe(false);
    expect(fetch.mock.calls[4]![1].signal?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(POLL_TIMES[5]! - POLL_TIMES[4]! - 1);
    expect(fetch).toHaveBeenCalledTimes(5);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(6);
    expect(wait.value?.value?.status).toBe("completed");
    await expectNothingMore(fetch);
  });

  it.each([
    ["HTTP 400", { status: 400, body: { message: "Bad id" } }, "invalidRequest"],
    ["HTTP 401", { status: 401, body: { message: "Revoked" } }, "unauthorized"],
    ["HTTP 403", { status: 403, body: { message: "Not yours" } }, "forbidden"],
    ["HTTP 404", { status: 404, body: { message: "No such transaction" } }, "notFound"],
    ["an answer that does not read", { status: 200, body: { data: { id: "tx_1" } } }, "invalidMessage"],
  ] as const)("stops at once at %s (%s), which polling again would not change", async (_, answer, code) => {
    const fetch = stubFetch(pending, answer);
    const wait = track(waitForTransaction(context, "tx_1"));
    await vi.advanceTimersByTimeAsync(POLL_TIMES[1]!);
    expect(wait.value?.error?.code).toBe(code);
    expect(fetch).toHaveBeenCalledTimes(2);
    await expectNothingMore(fetch);
  });

  it("without authenticated credentials is noActiveSession, without a request", async () => {
    const fetch = stubFetch(pending);
    const answer = await waitForTransaction(
      paymentContext(() => undefined),
      "tx_1",
    );
    expect(answer.error?.code).toBe("noActiveSession");
    await expectNothingMore(fetch);
  });

  it("stops with credentialsExpired when the credentials expire while it waits", async () => {
    vi.setSystemTime(Date.parse("2026-01-01T00:00:00.000Z"));
    const fetch = stubFetch(pending);
    const expiring = paymentContext(() => ({ ...authenticated, expiresAt: "2026-01-01T00:00:01.000Z" }));
    const wait = track(waitForTransaction(expiring, "tx_1"));
    await vi.advanceTimersByTimeAsync(POLL_TIMES[2]!);
    expect(wait.value?.error?.code).toBe("credentialsExpired");
    expect(fetch).toHaveBeenCalledTimes(2);
    await expectNothingMore(fetch);
  });

  it.each([
    [3000, "3 s"],
    [400, "less than the first pause"],
    [120_000, "the default"],
  ])("ends with callTimeout at its timeoutMs, %s (%s), after a last poll then", async (timeoutMs) => {
    const fetch = stubFetch(pending);
    const wait = track(waitForTransaction(context, "tx_1", timeoutMs === 120_000 ? {} : { timeoutMs }));
    await vi.advanceTimersByTimeAsync(timeoutMs - 1);
    expect(wait.settled, "before timeoutMs").toBe(false);
    const polls = fetch.mock.calls.length;
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(polls + 1);
    expect(wait.value?.error?.code).toBe("callTimeout");
    await expectNothingMore(fetch);
  });

  it("returns the transaction the last poll, at timeoutMs, finds final", async () => {
    const fetch = stubFetch(pending, pending, pending, settledAs("completed"));
    const wait = track(waitForTransaction(context, "tx_1", { timeoutMs: 2000 }));
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(wait.value?.value?.status).toBe("completed");
  });

  it("with a poll still unanswered at timeoutMs, ends with callTimeout when that poll times out (callTimeoutMs)", async () => {
    const fetch = stubFetch(pending, pending, "silent");
    const wait = track(waitForTransaction(context, "tx_1", { timeoutMs: 1000 }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(wait.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS);
    expect(wait.value?.error?.code).toBe("callTimeout");
    await expectNothingMore(fetch);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, "5000"])(
    "refuses timeoutMs %s with invalidOptions, without a request",
    async (timeoutMs) => {
      const fetch = stubFetch(pending);
      expect((await waitForTransaction(context, "tx_1", { timeoutMs: timeoutMs as number })).error?.code).toBe(
        "invalidOptions",
      );
      await expectNothingMore(fetch);
    },
  );

  it("is aborted, without a request, when the signal has already aborted", async () => {
    const fetch = stubFetch(pending);
    const answer = await waitForTransaction(context, "tx_1", { signal: AbortSignal.abort() });
    expect(answer.error?.code).toBe("aborted");
    await expectNothingMore(fetch);
  });

  it("is aborted at once when the signal aborts during a pause", async () => {
    const fetch = stubFetch(pending);
    const controller = new AbortController();
    const wait = track(waitForTransaction(context, "tx_1", { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(POLL_TIMES[1]! + 100);
    expect(fetch).toHaveBeenCalledTimes(2);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.value?.error?.code).toBe("aborted");
    await expectNothingMore(fetch);
  });

  it("is aborted at once when the signal aborts during a poll, which it cancels", async () => {
    const fetch = stubFetch(pending, "silent");
    const controller = new AbortController();
    const wait = track(waitForTransaction(context, "tx_1", { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(POLL_TIMES[1]! + 100);
    expect(fetch).toHaveBeenCalledTimes(2);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.value?.error?.code).toBe("aborted");
    expect(fetch.mock.calls[1]![1].signal?.aborted).toBe(true);
    await expectNothingMore(fetch);
  });

  it("is disposed at once when the client is disposed while it waits", async () => {
    const fetch = stubFetch(pending);
    const lifetime = new AbortController();
    const wait = track(waitForTransaction(paymentContext(undefined, lifetime.signal), "tx_1"));
    await vi.advanceTimersByTimeAsync(100);
    lifetime.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.value?.error?.code).toBe("disposed");
    await expectNothingMore(fetch);
  });
});
