/**
 * The outcome of an operation that can fail in an expected way, as MoonPay's
 * SDK shapes it: check `ok`, then read `value` or `error`. The other side's
 * field is typed `never` so that an unchecked read is `undefined` at run time
 * and a type error where TypeScript can see it.
 */
export type Result<T, E = import("./framelink-error.js").FramelinkError> =
  | { readonly ok: true; readonly value: T; readonly error?: never }
  | { readonly ok: false; readonly error: E; readonly value?: never };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
