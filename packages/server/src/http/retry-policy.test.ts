import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter.js";
import { backoffDelay, DEFAULT_RETRY, isRetryableStatus, retryAfterMs } from "./retry-policy.js";

describe("retry policy", () => {
  it("retries 5xx and 429 only", () => {
    expect([500, 502, 503, 429].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 422].some(isRetryableStatus)).toBe(false);
  });

  it("backs off exponentially with full jitter, capped", () => {
    expect(backoffDelay(DEFAULT_RETRY, 1, () => 1)).toBe(250);
    expect(backoffDelay(DEFAULT_RETRY, 3, () => 1)).toBe(1000);
    expect(backoffDelay(DEFAULT_RETRY, 3, () => 0)).toBe(0);
    expect(backoffDelay(DEFAULT_RETRY, 20, () => 1)).toBe(DEFAULT_RETRY.maxDelayMs);
  });

  it("reads Retry-After as seconds or as a date", () => {
    expect(retryAfterMs("2")).toBe(2000);
    expect(retryAfterMs("Wed, 25 Nov 2026 10:00:05 GMT", Date.parse("Wed, 25 Nov 2026 10:00:00 GMT"))).toBe(5000);
    expect(retryAfterMs("soon")).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});

describe("RateLimiter", () => {
  it("lets `limit` requests through per window, then waits for the window to slide", async () => {
    let now = 0;
    const limiter = new RateLimiter(2, 50, () => now);
    expect(await limiter.acquire()).toBe(true);
    expect(await limiter.acquire()).toBe(true);
    const third = limiter.acquire();
    now = 60;
    expect(await third).toBe(true);
  });

  it("stops waiting when aborted", async () => {
    const limiter = new RateLimiter(1, 60_000);
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort();
    expect(await waiting).toBe(false);
  });
});
