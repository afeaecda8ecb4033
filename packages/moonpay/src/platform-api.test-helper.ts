import { vi } from "vitest";
import { frameTools } from "./frame-tools.js";
import type { PaymentContext } from "./payment-context.js";
import type { HeldCredentials } from "./read-connection.js";

// A payment context and a fake `fetch` for the platform API calls'
// tests. Restore the real `fetch` after each test: `vi.unstubAllGlobals()`.

export const API_ORIGIN = "https://api.moonpay.test";
export const ACCESS_TOKEN = "at_1";
export const CLIENT_TOKEN = "ct_1";
export const SESSION_TOKEN = "c3N0XzAwMQ==";
export const CALL_TIMEOUT_MS = 1000;

export const authenticated: HeldCredentials = {
  accessToken: ACCESS_TOKEN,
  clientToken: CLIENT_TOKEN,
  authenticated: true,
};

export function paymentContext(
  held: () => HeldCredentials | undefined = () => authenticated,
  lifetime: AbortSignal = new AbortController().signal,
): PaymentContext {
  return {
    options: {
      sessionToken: SESSION_TOKEN,
      frameOrigin: "https://blocks.moonpay.test",
      apiOrigin: API_ORIGIN,
      handshakeTimeoutMs: 1000,
      callTimeoutMs: CALL_TIMEOUT_MS,
    },
    tools: frameTools,
    credentials: held,
    lifetime,
  };
}

/**
 * What the fake API does with one request: answer with a status and a JSON
 * body (or raw text); reject as `fetch` does when the network fails
 * (`unreachable`); never answer (`silent`); or send its headers and then
 * never finish the body (`stalled`). The last two end, like a real `fetch`,
 * when the request's signal aborts.
 */
export type FakeAnswer =
  | { readonly status: number; readonly body?: unknown; readonly text?: string }
  | "unreachable"
  | "silent"
  | "stalled";

/** Stubs `globalThis.fetch`: each request gets the next answer, the last one again once they run out. */
export function stubFetch(...answers: readonly FakeAnswer[]) {
  let next = 0;
  const fetch = vi.fn((_url: URL, init: RequestInit): Promise<Response> => {
    const answer = answers[Math.min(next++, answers.length - 1)] ?? "unreachable";
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (answer === "unreachable") return Promise.reject(new TypeError("fetch failed"));
    if (answer === "silent") {
      return new Promise((_, reject) => signal?.addEventListener("abort", () => reject(signal.reason), { once: true }));
    }
    if (answer === "stalled") {
      const body = new ReadableStream({
        start: (controller) => signal?.addEventListener("abort", () => controller.error(signal.reason), { once: true }),
      });
      return Promise.resolve(new Response(body, { status: 200 }));
    }
    const text = answer.text ?? (answer.body === undefined ? null : JSON.stringify(answer.body));
    return Promise.resolve(new Response(text, { status: answer.status }));
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

/** A transaction as `GET /platform/v1/transactions/{id}` answers it. */
export function transactionRecord(status: string, id = "tx_1") {
  return {
    id,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:05.000Z",
    status,
    source: { amount: "100.00", asset: { code: "USD" } },
    destination: { amount: "0.04", asset: { code: "ETH" } },
    wallet: { address: "0xabc" },
    stages: [{ kind: "payment", status: status === "pending" ? "inProgress" : status }],
  };
}

/** The state of a promise, readable synchronously: to say what has settled after a tick of the fake clock. */
export function track<T>(promise: Promise<T>): { settled: boolean; value: T | undefined } {
  const state: { settled: boolean; value: T | undefined } = { settled: false, value: undefined };
  void promise.then((value) => {
    state.settled = true;
    state.value = value;
  });
  return state;
}
