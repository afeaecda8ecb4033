import type { FieldError } from "@framelink/protocol";
import type { ErrorCode } from "./error-codes.js";

/** The one error type of Framelink. Branch on `code`, never on `message`. */
export class FramelinkError extends Error {
  override readonly name = "FramelinkError";
  readonly code: ErrorCode;
  /** For `validationError`: what was wrong, field by field. */
  readonly fieldErrors?: readonly FieldError[];

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; fieldErrors?: readonly FieldError[] }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options?.fieldErrors) this.fieldErrors = options.fieldErrors;
  }
}
