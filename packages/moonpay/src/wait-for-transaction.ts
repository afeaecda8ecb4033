import { ErrorCode, err, FramelinkError, type Result } from "@framelink/frames";
import { isPlainRecord } from "@framelink/protocol";
import type { PaymentContext } from "./payment-context.js";
import type { Transaction, WaitOptions } from "./payment-types.js";
import { getTransaction, ownSignal } from "./platform-calls.js";

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 5000;
const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * Polls a transaction, backing off from 500 ms to 5 s, until it is
 * `completed` or `failed`, the signal aborts (`aborted`), the client is
 * disposed (`disposed`), or `timeoutMs` passes (`callTimeout`). Transient
 * failures (`requestFailed`, `rateLimited`) are polled through.
 */
export async function waitForTransaction(
  context: PaymentContext,
  id: string,
  options: WaitOptions = {},
): Promise<Result<Transaction, FramelinkError>> {
  const given = isPlainRecord(options) && Object.hasOwn(options, "timeoutMs") ? options.timeoutMs : undefined;
  if (given !== undefined && !(typeof given === "number" && Number.isFinite(given) && given > 0)) {
    return err(new FramelinkError(ErrorCode.InvalidOptions, "timeoutMs must be a positive number of milliseconds."));
  }
  const deadline = Date.now() + (given ?? DEFAULT_TIMEOUT_MS);
  const signal = ownSignal(options);
  let delay = FIRST_DELAY_MS;
  for (;;) {
    const answer = await getTransaction(context, id, signal ? { signal } : {});
    if (answer.ok && answer.value.status !== "pending") return answer;
    if (!answer.ok && answer.error.code !== ErrorCode.RequestFailed && answer.error.code !== ErrorCode.RateLimited)
      return answer;
    // Up to the deadline, not past it, and one last poll then: `callTimeout` only once `timeoutMs` has passed.
    const left = deadline - Date.now();
    if (left <= 0) return err(new FramelinkError(ErrorCode.CallTimeout, "The transaction did not settle in time."));
    const paused = await pause(Math.min(delay, left), [signal, context.lifetime]);
    if (paused) return err(paused);
    delay = Math.min(MAX_DELAY_MS, Math.round(delay * 1.6));
  }
}

/** Waits `ms`; an error if one of the signals aborts first. */
function pause(ms: number, signals: readonly (AbortSignal | undefined)[]): Promise<FramelinkError | undefined> {
  const [caller, lifetime] = signals;
  const stopped = () =>
    lifetime?.aborted
      ? new FramelinkError(ErrorCode.Disposed, "The client was disposed.")
      : caller?.aborted
        ? new FramelinkError(ErrorCode.Aborted, "Waiting for the transaction was aborted.")
        : undefined;
  if (stopped()) return Promise.resolve(stopped());
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      for (const signal of signals) signal?.removeEventListener("abort", done);
      resolve(stopped());
    };
    const timer = setTimeout(done, ms);
    for (const signal of signals) signal?.addEventListener("abort", done, { once: true });
  });
}
