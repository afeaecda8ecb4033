/**
 * Wrong answers (one-time codes, passwords, MFA codes) a flow takes before it
 * is locked for good. Enough for a typo or two; too few to guess a six-digit
 * code (5 in 10^6).
 */
export const MAX_WRONG_ATTEMPTS = 5;

/** Wrong answers counted per key (a client token, a link session); the last one allowed locks the key. */
export class AttemptLimit {
  readonly #wrong = new Map<string, number>();

  isLocked(key: string): boolean {
    return (this.#wrong.get(key) ?? 0) >= MAX_WRONG_ATTEMPTS;
  }

  /** Counts a wrong answer; true when it used up the last attempt. */
  countWrong(key: string): boolean {
    const wrong = (this.#wrong.get(key) ?? 0) + 1;
    this.#wrong.set(key, wrong);
    return wrong >= MAX_WRONG_ATTEMPTS;
  }
}
