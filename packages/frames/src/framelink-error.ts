import type { FrameErrorPayload } from "@framelink/protocol";
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
  /** For `frameError`: the vendor frame's own `code`, `message` and, where it lists them, `errors`. */
  readonly frameError?: FrameErrorPayload;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; frameError?: FrameErrorPayload }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options?.frameError) this.frameError = options.frameError;
  }
}
