import type { ServerError } from "./server-error.js";

/**
 * `{ ok: true, value } | { ok: false, error }`, the same shape as the browser
 * packages' `Result`, so one error model serves the whole project. Defined
 * here too because this package stands alone (no browser code in a server).
 */
export type Result<T, E = ServerError> =
  | { readonly ok: true; readonly value: T; readonly error?: never }
  | { readonly ok: false; readonly error: E; readonly value?: never };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
