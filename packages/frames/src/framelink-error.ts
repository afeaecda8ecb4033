import type { FieldError } from "@framelink/protocol";
import type { ErrorCode } from "./error-codes.js";

const BRAND = Symbol.for("framelink.error");

/** The one error type of Framelink. Branch on `code`, never on `message`. */
export class FramelinkError extends Error {
  // A page may hold two copies of this class (the MoonPay script tag loads its
  // payment calls as a second script): `instanceof` asks for the brand.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  readonly [BRAND] = true;
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
