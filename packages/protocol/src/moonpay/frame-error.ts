import { isPlainRecord, own, readArray, readOneOf, readString, type Reader } from "../read.js";

/** Codes a field error may carry. */
export const FIELD_ERROR_CODES = [
  "invalidSessionToken",
  "sessionTokenUsed",
  "sessionExpired",
  "invalidClientToken",
  "ipAddressMismatch",
  "invalidPublicKey",
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export interface FieldError {
  readonly field: string;
  readonly code: FieldErrorCode;
  readonly message: string;
}

/**
 * The payload of an `error` a frame reports, as MoonPay's frames shape it:
 * `validationError` lists what was wrong with the input, `generic` is
 * everything else.
 */
export type FrameErrorPayload =
  | { readonly code: "validationError"; readonly message: string; readonly fieldErrors: readonly FieldError[] }
  | { readonly code: "generic"; readonly message: string };

const readFieldError: Reader<FieldError> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const field = readString(own(value, "field"));
  const code = readOneOf(FIELD_ERROR_CODES)(own(value, "code"));
  const message = readString(own(value, "message"));
  return field && code && message ? { field, code, message } : undefined;
};

const readFieldErrors = readArray(readFieldError, 16);

export const readFrameErrorPayload: Reader<FrameErrorPayload> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const message = readString(own(value, "message"));
  if (message === undefined) return undefined;
  const code = own(value, "code");
  if (code === "generic") return { code, message };
  if (code !== "validationError") return undefined;
  const fieldErrors = readFieldErrors(own(value, "fieldErrors"));
  return fieldErrors === undefined ? undefined : { code, message, fieldErrors };
};
