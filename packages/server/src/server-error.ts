/**
 * Every code a `@framelink/server` call can fail with. The five upper-case
 * ones are MoonPay's Virtual Accounts API's own; the others are ours.
 */
export const ServerErrorCode = {
  /** 400: the API refused the parameters. */
  InvalidRequest: "INVALID_REQUEST",
  /** 401 from Virtual Accounts: a bad signature, a stale timestamp, or a replay. */
  InvalidSignature: "INVALID_SIGNATURE",
  /** A 403 from MoonPay: an unknown or inactive key (Virtual Accounts), or a key not allowed the call. */
  InvalidApiKey: "INVALID_API_KEY",
  /** 429, after the retries. */
  RateLimitExceeded: "RATE_LIMIT_EXCEEDED",
  /** 5xx, after the retries. */
  InternalError: "INTERNAL_ERROR",
  /** The key given is of the wrong kind (a publishable key where a secret one is needed, or the reverse). */
  WrongKeyKind: "WRONG_KEY_KIND",
  /** 401 elsewhere: a wrong secret key or MoneyKit client. */
  Unauthorized: "UNAUTHORIZED",
  /** 404. */
  NotFound: "NOT_FOUND",
  /** The link's authorization expired (MoneyKit): relink it. */
  AuthExpired: "AUTH_EXPIRED",
  /** Any other refusal, with the vendor's own code in `vendorCode`. */
  HttpError: "HTTP_ERROR",
  /** No response (connection refused or dropped), after the retries. */
  NetworkError: "NETWORK_ERROR",
  /** An attempt took longer than `timeoutMs`, after the retries. */
  Timeout: "TIMEOUT",
  /** The caller's `signal` aborted. */
  Aborted: "ABORTED",
  /** A 2xx whose body is not what the API documents. */
  InvalidResponse: "INVALID_RESPONSE",
  /** A bad option or argument: a missing or malformed key or client credential, a private key that is not RSA, a bad `retry`, `timeoutMs` or `requestsPerMinute`, `pageSize` out of 1–100, `maxPages` not a whole number ≥ 1, a query value with a lone surrogate. */
  InvalidArgument: "INVALID_ARGUMENT",
  /** `baseUrl` is not an absolute https URL (http only on a loopback host), or holds a user name, password, query or fragment; no request made. */
  InvalidBaseUrl: "INVALID_BASE_URL",
  /** The API answered with a redirect (301, 302, 303, 307, 308): not followed, since it would carry the request's keys or signature to the host it names. */
  RedirectRefused: "REDIRECT_REFUSED",
  /** Paging stopped: the API gave a cursor it had given before, which would page in a circle. */
  PagingCursorRepeated: "PAGING_CURSOR_REPEATED",
  /** Paging stopped: more pages than `maxPages` (default 1000). */
  PagingLimitExceeded: "PAGING_LIMIT_EXCEEDED",
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

  constructor(
    code: ServerErrorCode,
    message: string,
    details: { status?: number; vendorCode?: string; attempts?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.vendorCode !== undefined) this.vendorCode = details.vendorCode;
    if (details.attempts !== undefined) this.attempts = details.attempts;
  }
}

/** A 2xx whose body is not what the vendor documents. */
export function invalidResponse(vendor: "MoonPay" | "MoneyKit") {
  return {
    ok: false as const,
    error: new ServerError(ServerErrorCode.InvalidResponse, `${vendor} answered with an unexpected body.`),
  };
}
