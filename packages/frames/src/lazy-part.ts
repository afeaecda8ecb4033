import { ErrorCode } from "./error-codes.js";
import { FramelinkError } from "./framelink-error.js";
import { err, ok, type Result } from "./result.js";

/**
 * A part of an SDK that is loaded on first use rather than with the page:
 * once per page, shared by every caller, and tried again after a failure.
 * Calling the returned function early (when the part is likely needed soon)
 * is how a caller prefetches it.
 */
export function lazyPart<T>(load: () => Promise<T>): () => Promise<Result<T, FramelinkError>> {
  let loading: Promise<T> | undefined;
  return async () => {
    loading ??= load().catch((cause: unknown) => {
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
