import { err, ok, type Result } from "../result.js";
import { ServerError, ServerErrorCode } from "../server-error.js";
import { readBaseUrl } from "./base-url.js";
import { RateLimiter } from "./rate-limiter.js";
import { DEFAULT_RETRY, type RetryPolicy } from "./retry-policy.js";
import type { HttpResponse, SendOptions } from "./send.js";

/** Options every client of this package takes. */
export interface TransportOptions {
  /**
   * The API's base URL, e.g. the mock host's in tests, or a proxy's with a
   * path prefix (`https://proxy.example/moonpay`). https only, or http on a
   * loopback host; no user name, password, query or fragment
   * (`INVALID_BASE_URL`).
   */
  readonly baseUrl?: string;
  /** Retries of 5xx, 429 and network failures. Default: 4 attempts, 250 ms doubling, 30 s cap. */
  readonly retry?: Partial<RetryPolicy>;
  /** Per attempt. Default 15 000 ms. */
  readonly timeoutMs?: number;
  /** Keep this client under N requests a minute (MoonPay's Virtual Accounts API allows 100 a minute per API key). Off by default. */
  readonly requestsPerMinute?: number;
  /** For tests: another `fetch`. */
  readonly fetch?: typeof fetch;
}

export interface Transport {
  readonly baseUrl: string;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly limiter?: RateLimiter;
  readonly fetch?: typeof fetch;
}

/** The transport options, checked when a client is made: `INVALID_BASE_URL` or `INVALID_ARGUMENT` before any request. */
export function resolveTransport(options: TransportOptions, defaultBaseUrl: string): Result<Transport> {
  const baseUrl = readBaseUrl(options.baseUrl ?? defaultBaseUrl);
  if (!baseUrl.ok) return baseUrl;
  const invalid = (message: string) => err(new ServerError(ServerErrorCode.InvalidArgument, message));
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  if (
    !(retry.attempts >= 1 && Number.isInteger(retry.attempts)) ||
    !(retry.baseDelayMs >= 0) ||
    !(retry.maxDelayMs >= 0)
  ) {
    return invalid("retry.attempts must be a whole number ≥ 1 and delays ≥ 0.");
  }
  const timeoutMs = options.timeoutMs ?? 15_000;
  if (!(timeoutMs > 0)) return invalid("timeoutMs must be positive.");
  const perMinute = options.requestsPerMinute;
  if (perMinute !== undefined && !(perMinute >= 1)) return invalid("requestsPerMinute must be at least 1.");
  return ok({
    baseUrl: baseUrl.value,
    retry,
    timeoutMs,
    ...(perMinute ? { limiter: new RateLimiter(perMinute, 60_000) } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** The options `send()` takes for one call of a client. */
export function sendOptions(
  transport: Transport,
  options: CallOptions,
  toError: (response: HttpResponse) => ServerError,
): SendOptions {
  return {
    retry: transport.retry,
    timeoutMs: transport.timeoutMs,
    signal: options.signal,
    limiter: transport.limiter,
    toError,
    ...(transport.fetch ? { fetch: transport.fetch } : {}),
  };
}

/** What each call may take. */
export interface CallOptions {
  /** Stops the call, retries and waits included, at once. */
  readonly signal?: AbortSignal;
}
