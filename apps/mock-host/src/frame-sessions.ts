import { randomBytes } from "node:crypto";
import { observed } from "./observed.js";

/** How long a frame session lasts from the frame's first call: one sitting. */
export const FRAME_SESSION_LIFETIME_MS = 30 * 60 * 1000;

/**
 * Secrets that a frame gets from its first backend call and keeps in memory
 * for the calls that follow, never posting them to its parent. Each names
 * the state of one frame load, so that the steps that need one (paying,
 * deciding a challenge, verifying a code, consenting) are taken in order and
 * in that load; it ends after FRAME_SESSION_LIFETIME_MS, or when its flow
 * closes it. The first call is made with the URL's token, which the parent
 * knows: keeping the parent page out is the same-origin rule's job
 * (./same-origin-json.ts), not these secrets'.
 */
export class FrameSessions<State> {
  readonly #open = new Map<string, { readonly state: State; readonly expiresAt: number }>();

  constructor(
    /** Starts every secret, so that a leak scan can tell which kind it found. */
    readonly prefix: string,
    readonly now: () => number,
  ) {}

  open(state: State): string {
    const secret = observed.secret(`${this.prefix}_${randomBytes(24).toString("base64url")}`);
    this.#open.set(secret, { state, expiresAt: this.now() + FRAME_SESSION_LIFETIME_MS });
    return secret;
  }

  /** The state of a frame session still open, by its secret. */
  find(secret: unknown): State | undefined {
    const session = typeof secret === "string" ? this.#open.get(secret) : undefined;
    if (!session) return undefined;
    if (session.expiresAt > this.now()) return session.state;
    this.#open.delete(secret as string);
    return undefined;
  }

  close(secret: unknown): void {
    if (typeof secret === "string") this.#open.delete(secret);
  }
}
