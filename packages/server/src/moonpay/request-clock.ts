/**
 * Timestamps for signed requests, strictly increasing per API key within this
 * process. RSA-SHA256 (PKCS#1 v1.5) is deterministic: two identical requests
 * signed in the same millisecond carry the same signature, and MoonPay (like
 * the mock host) refuses the second as a replay. Giving each request its own
 * timestamp (the clock's, or one past the last one used) keeps every signed
 * payload unique. The timestamp runs ahead of the clock only while more than
 * one request a millisecond is signed, by at most that surplus: far inside
 * the vendor's window of minutes, since the rate limit bounds the surplus.
 */
export function createRequestClock(now: () => number): (apiKey: string) => number {
  const last = new Map<string, number>();
  return (apiKey) => {
    const previous = last.get(apiKey);
    const at = now();
    const next = previous === undefined || at > previous ? at : previous + 1;
    last.set(apiKey, next);
    return next;
  };
}

/** One clock per process, so that every client of the same key shares it. */
export const requestClock = createRequestClock(() => Date.now());
