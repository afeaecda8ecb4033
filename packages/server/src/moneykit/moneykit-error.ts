import type { HttpResponse } from "../http/send.js";
import { ServerError, ServerErrorCode } from "../server-error.js";

/** MoneyKit's `{ error_code, error_message }` as a `ServerError`; `auth_expired` becomes `AUTH_EXPIRED`. */
export function moneyKitError(response: HttpResponse): ServerError {
  const body = response.body as { error_code?: unknown; error_message?: unknown } | undefined;
  const vendorCode = typeof body?.error_code === "string" ? body.error_code : undefined;
  const message =
    typeof body?.error_message === "string" ? body.error_message : `MoneyKit answered HTTP ${response.status}.`;
  const details = { status: response.status, ...(vendorCode ? { vendorCode } : {}) };
  if (vendorCode?.endsWith("auth_expired")) return new ServerError(ServerErrorCode.AuthExpired, message, details);
  const code =
    response.status === 400
      ? ServerErrorCode.InvalidRequest
      : response.status === 401
        ? ServerErrorCode.Unauthorized
        : response.status === 404
          ? ServerErrorCode.NotFound
          : response.status === 429
            ? ServerErrorCode.RateLimitExceeded
            : response.status >= 500
              ? ServerErrorCode.InternalError
              : ServerErrorCode.HttpError;
  return new ServerError(code, message, details);
}
