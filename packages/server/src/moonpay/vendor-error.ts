import type { HttpResponse } from "../http/send.js";
import { ServerError, ServerErrorCode } from "../server-error.js";

const KNOWN = new Set<string>([
  ServerErrorCode.InvalidRequest,
  ServerErrorCode.InvalidSignature,
  ServerErrorCode.InvalidApiKey,
  ServerErrorCode.RateLimitExceeded,
  ServerErrorCode.InternalError,
]);

/**
 * MoonPay's refusals as a `ServerError`: the Virtual Accounts envelope
 * `{ success: false, error: { code, message } }` keeps its code; other bodies
 * are mapped by status.
 */
export function moonPayError(response: HttpResponse): ServerError {
  const body = response.body as { error?: { code?: unknown; message?: unknown } } | undefined;
  const vendorCode = typeof body?.error?.code === "string" ? body.error.code : undefined;
  const message =
    typeof body?.error?.message === "string" ? body.error.message : `MoonPay answered HTTP ${response.status}.`;
  const details = { status: response.status, ...(vendorCode ? { vendorCode } : {}) };
  if (vendorCode && KNOWN.has(vendorCode)) return new ServerError(vendorCode as ServerErrorCode, message, details);
  return new ServerError(byStatus(response.status), message, details);
}

function byStatus(status: number): ServerErrorCode {
  if (status === 400) return ServerErrorCode.InvalidRequest;
  if (status === 401) return ServerErrorCode.Unauthorized;
  if (status === 403) return ServerErrorCode.InvalidApiKey;
  if (status === 404) return ServerErrorCode.NotFound;
  if (status === 429) return ServerErrorCode.RateLimitExceeded;
  if (status >= 500) return ServerErrorCode.InternalError;
  return ServerErrorCode.HttpError;
}
