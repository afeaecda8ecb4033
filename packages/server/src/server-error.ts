/**
 * Every code a `@framelink/server` call can fail with. The five upper-case
 * ones are the Virtual Accounts API's own (seed 002); the others are ours.
 */
export const ServerErrorCode = {
  InvalidRequest: "INVALID_REQUEST",
  InvalidSignature: "INVALID_SIGNATURE",
  InvalidApiKey: "INVALID_API_KEY",
  RateLimitExceeded: "RATE_LIMIT_EXCEEDED",
  InternalError: "INTERNAL_ERROR",
  /** The key given is of the wrong kind (a publishable key where a secret one is needed, or the reverse). */
  WrongKeyKind: "WRONG_KEY_KIND",
  Unauthorized: "UNAUTHORIZED",
  NotFound: "NOT_FOUND",
  /** The link's authorization expired (MoneyKit): relink it. */
  AuthExpired: "AUTH_EXPIRED",
  /** Any other refusal, with the vendor's own code in `vendorCode`. */
  HttpError: "HTTP_ERROR",
  NetworkError: "NETWORK_ERROR",
  Timeout: "TIMEOUT",
  Aborted: "ABORTED",
  InvalidResponse: "INVALID_RESPONSE",
  InvalidArgument: "INVALID_ARGUMENT",
} as const;

export type ServerErrorCode = (typeof ServerErrorCode)[keyof typeof ServerErrorCode];

/** The one error type of this package. Never holds a key, a token or a signature. */
export class ServerError extends Error {
  override readonly name = "ServerError";
  readonly code: ServerErrorCode;
  /** The HTTP status, when a response arrived. */
  readonly status?: number;
  /** The vendor's own error code, when it sent one. */
  readonly vendorCode?: string;
  /** How many attempts were made. */
  readonly attempts?: number;

  constructor(code: ServerErrorCode, message: string, details: { status?: number; vendorCode?: string; attempts?: number; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.vendorCode !== undefined) this.vendorCode = details.vendorCode;
    if (details.attempts !== undefined) this.attempts = details.attempts;
  }
}

/** A 2xx whose body is not what the vendor documents. */
export function invalidResponse(vendor: "MoonPay" | "MoneyKit") {
  return { ok: false as const, error: new ServerError(ServerErrorCode.InvalidResponse, `${vendor} answered with an unexpected body.`) };
}
