import { err, ok, type Result } from "../result.js";
import { ServerError, ServerErrorCode } from "../server-error.js";
import type { RateLimiter } from "./rate-limiter.js";
import { backoffDelay, isRetryableStatus, type RetryPolicy, retryAfterMs } from "./retry-policy.js";
import { sleep } from "./sleep.js";

export interface PreparedRequest {
  readonly method: "GET" | "POST" | "DELETE";
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  /** The parsed JSON body, or `undefined` when there was none or it was not JSON. */
  readonly body: unknown;
}

export interface SendOptions {
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
  readonly limiter?: RateLimiter | undefined;
  /** Turns a refusal (any status that is not 2xx) into this package's error. */
  readonly toError: (response: HttpResponse) => ServerError;
  readonly fetch?: typeof fetch;
}

/**
 * Sends a request with bounded retries. `prepare` runs before every attempt,
 * so a signed request is signed again with a fresh timestamp. Retries 5xx,
 * 429 and network failures with exponential back-off and jitter, waiting at
 * least `Retry-After` when the server gives one; never retries another 4xx.
 * Never follows a redirect (`REDIRECT_REFUSED`). Each attempt has its own
 * timeout; `signal` stops everything at once.
 */
export async function send(prepare: () => PreparedRequest, options: SendOptions): Promise<Result<HttpResponse>> {
  const fetchImpl = options.fetch ?? fetch;
  const aborted = (attempts: number) =>
    err(new ServerError(ServerErrorCode.Aborted, "The request was aborted.", { attempts }));
  // What the last attempt got; `retry.attempts` is at least 1, so an attempt always sets it.
  let last = new ServerError(ServerErrorCode.NetworkError, "No attempt was made.", { attempts: 0 });
  for (let attempt = 1; attempt <= options.retry.attempts; attempt++) {
    if (options.signal?.aborted) return aborted(attempt - 1);
    if (options.limiter && !(await options.limiter.acquire(options.signal))) return aborted(attempt - 1);
    const request = prepare();
    const outcome = await attempt_(fetchImpl, request, options);
    if (outcome.kind === "aborted") return aborted(attempt);
    let wait: number;
    if (outcome.kind === "response") {
      const { response } = outcome;
      if (response.status >= 200 && response.status < 300) return ok(response);
      if (REDIRECT_STATUSES.has(response.status)) return err(redirectRefused(response.status, attempt));
      last = withAttempts(options.toError(response), attempt);
      if (!isRetryableStatus(response.status)) return err(last);
      const backoff = backoffDelay(options.retry, attempt);
      const floor = retryAfterMs(response.headers.get("retry-after"));
      wait = Math.min(options.retry.maxDelayMs, floor === undefined ? backoff : floor + Math.round(backoff / 4));
    } else {
      last = withAttempts(outcome.error, attempt);
      wait = backoffDelay(options.retry, attempt);
    }
    if (attempt === options.retry.attempts) break;
    if (!(await sleep(wait, options.signal))) return aborted(attempt);
  }
  return err(last);
}

/** The statuses `fetch` would follow (the Fetch standard's redirect statuses). */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Every request of this package carries a key, a client secret or a
 * signature, and a followed 307/308 sends it again, body and all, to the host
 * the redirect names. So no redirect is followed, and none is retried.
 */
function redirectRefused(status: number, attempts: number): ServerError {
  return new ServerError(
    ServerErrorCode.RedirectRefused,
    `The API answered HTTP ${status} with a redirect; it is not followed, since the request carries credentials.`,
    { status, attempts },
  );
}

type Outcome =
  | { kind: "response"; response: HttpResponse }
  | { kind: "failed"; error: ServerError }
  | { kind: "aborted" };

async function attempt_(fetchImpl: typeof fetch, request: PreparedRequest, options: SendOptions): Promise<Outcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const forward = () => controller.abort();
  options.signal?.addEventListener("abort", forward, { once: true });
  try {
    const response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      redirect: "manual",
      signal: controller.signal,
    });
    const text = await response.text();
    return {
      kind: "response",
      response: { status: response.status, headers: response.headers, body: parseJson(text) },
    };
  } catch (cause) {
    if (options.signal?.aborted) return { kind: "aborted" };
    if (timedOut)
      return {
        kind: "failed",
        error: new ServerError(ServerErrorCode.Timeout, `No answer within ${options.timeoutMs} ms.`),
      };
    return {
      kind: "failed",
      error: new ServerError(ServerErrorCode.NetworkError, "The request could not be completed (network failure).", {
        cause,
      }),
    };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", forward);
  }
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function withAttempts(error: ServerError, attempts: number): ServerError {
  return new ServerError(error.code, error.message, {
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.vendorCode === undefined ? {} : { vendorCode: error.vendorCode }),
    attempts,
    ...(error.cause === undefined ? {} : { cause: error.cause }),
  });
}
