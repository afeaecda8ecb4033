/** How failed requests are retried: 5xx, 429 and network failures only. */
export interface RetryPolicy {
  /** Attempts in all, the first included. Default 4. */
  readonly attempts: number;
  /** The first back-off, doubled each retry. Default 250 ms. */
  readonly baseDelayMs: number;
  /** No back-off is longer, nor any `Retry-After` honoured. Default 30 000 ms. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 30_000 };

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * “Full jitter” exponential back-off: a random delay up to base·2^(n-1), so
 * clients that failed together do not retry together.
 */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(random() * ceiling);
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), or `undefined`. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Math.ceil(Number(header) * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
