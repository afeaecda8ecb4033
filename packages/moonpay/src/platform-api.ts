import { ErrorCode, err, FramelinkError, ok, type Result } from "@framelink/frames";
import { readPlatformApiError } from "@framelink/protocol";

export interface PlatformRequest {
  readonly method: "GET" | "POST" | "DELETE";
  readonly path: string;
  readonly body?: unknown;
  readonly signal?: AbortSignal | undefined;
  /** The client's lifetime: a call in flight when the client is disposed ends at once, `disposed`. */
  readonly lifetime?: AbortSignal;
  readonly timeoutMs: number;
}

/**
 * One call to MoonPay's platform API with the client's access token. Every
 * call has the client's call timeout and honours the caller's signal; the
 * token goes in the `Authorization` header only; no cookies, no referrer.
 * The body is returned unread: the caller reads it with the protocol's reader.
 */
export async function callPlatformApi(
  apiOrigin: string,
  accessToken: string,
  request: PlatformRequest,
): Promise<Result<unknown, FramelinkError>> {
  if (request.signal?.aborted) return err(new FramelinkError(ErrorCode.Aborted, "The call was aborted."));
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  const forward = () => controller.abort();
  request.signal?.addEventListener("abort", forward, { once: true });
  request.lifetime?.addEventListener("abort", forward, { once: true });
  try {
    const response = await fetch(new URL(request.path, apiOrigin), {
      method: request.method,
      headers: {
        Authorization: `Bearer ${accessToken}`,
        ...(request.body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      signal: controller.signal,
      credentials: "omit",
      referrerPolicy: "no-referrer",
      redirect: "error",
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // A refusal is a refusal whatever its body (a proxy's HTML page for a 502 or 429).
      if (!response.ok) return err(apiError(response.status, undefined));
      return err(new FramelinkError(ErrorCode.InvalidMessage, "MoonPay answered with something that is not JSON."));
    }
    return response.ok ? ok(body) : err(apiError(response.status, body));
  } catch (cause) {
    if (request.lifetime?.aborted)
      return err(new FramelinkError(ErrorCode.Disposed, "The client was disposed.", { cause }));
    if (request.signal?.aborted) return err(new FramelinkError(ErrorCode.Aborted, "The call was aborted.", { cause }));
    const message = timedOut
      ? `MoonPay did not answer within ${request.timeoutMs} ms.`
      : "MoonPay could not be reached.";
    return err(new FramelinkError(ErrorCode.RequestFailed, message, { cause }));
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener("abort", forward);
    request.lifetime?.removeEventListener("abort", forward);
  }
}

function apiError(status: number, body: unknown): FramelinkError {
  const text = readPlatformApiError(body)?.message ?? `MoonPay answered HTTP ${status}.`;
  if (status === 401) return new FramelinkError(ErrorCode.Unauthorized, text);
  if (status === 403) return new FramelinkError(ErrorCode.Forbidden, text);
  if (status === 404) return new FramelinkError(ErrorCode.NotFound, text);
  if (status === 429) return new FramelinkError(ErrorCode.RateLimited, text);
  if (status >= 400 && status < 500) return new FramelinkError(ErrorCode.InvalidRequest, text);
  return new FramelinkError(ErrorCode.RequestFailed, text);
}
