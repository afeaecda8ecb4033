import { sleep } from "./sleep.js";

/**
 * Keeps a client under `limit` requests per `windowMs` (a sliding window):
 * `acquire()` waits for a free slot. MoonPay's Virtual Accounts API allows
 * 100 requests a minute per API key; staying under it beats being answered 429.
 */
export class RateLimiter {
  readonly #sent: number[] = [];

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly now: () => number = Date.now,
  ) {}

  /** Resolves `true` once the request may go, `false` if `signal` aborted first. */
  async acquire(signal?: AbortSignal): Promise<boolean> {
    for (;;) {
      const now = this.now();
      for (let oldest = this.#sent[0]; oldest !== undefined && oldest <= now - this.windowMs; oldest = this.#sent[0]) {
        this.#sent.shift();
      }
      const oldest = this.#sent[0];
      if (oldest === undefined || this.#sent.length < this.limit) {
        this.#sent.push(now);
        return true;
      }
      if (!(await sleep(oldest + this.windowMs - now, signal))) return false;
    }
  }
}
