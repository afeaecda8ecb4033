import { isPlainRecord, own, type Reader, readArray, readString } from "../read.js";

/** One problem in a frame's `error`, when it lists them (the connect frame's `errors`). */
export interface FrameFieldError {
  readonly field?: string;
  readonly code?: string;
  readonly message: string;
}

/**
 * A frame's `error` payload: `code` and `message` on every frame, as MoonPay
 * documents them (e.g. `generic`, `configurationError`, `invalidQuote`,
 * `quoteExpired`, `ipAddressMismatch`); codes are read as open strings so
 * that a code MoonPay adds later still reaches the merchant.
 */
export interface FrameErrorPayload {
  readonly code: string;
  readonly message: string;
  readonly errors?: readonly FrameFieldError[];
}

const readFieldError: Reader<FrameFieldError> = (value) => {
  if (typeof value === "string") return readString(value) ? { message: value } : undefined;
  if (!isPlainRecord(value)) return undefined;
  const message = readString(own(value, "message"));
  if (message === undefined) return undefined;
  const field = readString(own(value, "field"));
  const code = readString(own(value, "code"));
  return { ...(field ? { field } : {}), ...(code ? { code } : {}), message };
};

const readFieldErrors = readArray(readFieldError, 32);

export const readFrameErrorPayload: Reader<FrameErrorPayload> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const code = readString(own(value, "code"));
  const message = readString(own(value, "message")) ?? code;
  if (code === undefined || code.length > 64 || message === undefined) return undefined;
  const errors = readFieldErrors(own(value, "errors"));
  return { code, message, ...(errors && errors.length > 0 ? { errors } : {}) };
};
