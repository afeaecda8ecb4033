import { ErrorCode } from "./error-codes.js";
import { FramelinkError } from "./framelink-error.js";
import { err, ok, type Result } from "./result.js";

/** How long a part may take to load before the call that needs it reports `loadFailed`. */
export const PART_LOAD_TIMEOUT_MS = 15_000;

/**
 * A part of an SDK that is loaded on first use rather than with the page:
 * once per page, shared by every caller, and tried again after a failure or
 * a load that took longer than PART_LOAD_TIMEOUT_MS (a stalled `import()`
 * has no timeout of its own). Calling the returned function early (when the
 * part is likely needed soon) is how a caller prefetches it.
 */
export function lazyPart<T>(load: () => Promise<T>): () => Promise<Result<T, FramelinkError>> {
  let loading: Promise<T> | undefined;
  return async () => {
    loading ??= withTimeout(load()).catch((cause: unknown) => {
      loading = undefined;
      throw cause;
    });
    try {
      return ok(await loading);
    } catch (cause) {
      return err(new FramelinkError(ErrorCode.LoadFailed, "A part of Framelink could not be loaded.", { cause }));
    }
  };
}

function withTimeout<T>(loading: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not loaded in ${PART_LOAD_TIMEOUT_MS} ms`)), PART_LOAD_TIMEOUT_MS);
  });
  return Promise.race([loading, late]).finally(() => clearTimeout(timer));
}
