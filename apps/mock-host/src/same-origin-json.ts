import type { Context, MiddlewareHandler } from "hono";

/** How a vendor's frame backend words a refusal, in its own shape and with its own codes. */
export type FrameApiRefusal = (c: Context, status: 403 | 415, code: string, message: string) => Response;

/**
 * For the frames' own backends (`/frame-api/…`), which only the frame pages
 * call, with `fetch` from the frame host's own origin. Refuses anything else:
 * a cross-site request is 403 (`codes.crossSite`), a body that is not
 * `application/json` is 415 (`codes.notJson`). The content type matters
 * because Hono reads JSON whatever the header says, and a `text/plain` POST
 * is one any page may send without a preflight.
 *
 * Same-origin means: `Sec-Fetch-Site`, where the browser sends it, is
 * `same-origin`; `Origin`, where sent, is this request's own (host and port
 * of the `Host` header). A request with neither is refused too: browsers
 * send at least one on a POST, and no one else has business here.
 */
export function sameOriginJson(
  refuse: FrameApiRefusal,
  codes: { readonly crossSite: string; readonly notJson: string },
): MiddlewareHandler {
  return async (c, next) => {
    if (!isSameOrigin(c)) return refuse(c, 403, codes.crossSite, "Only the frame itself may call its backend.");
    const mediaType = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (mediaType !== "application/json") return refuse(c, 415, codes.notJson, "The body must be application/json.");
    await next();
  };
}

function isSameOrigin(c: Context): boolean {
  const site = c.req.header("sec-fetch-site");
  const origin = c.req.header("origin");
  if (site === undefined && origin === undefined) return false;
  if (site !== undefined && site !== "same-origin") return false;
  return origin === undefined || hostOf(origin) === new URL(c.req.url).host;
}

/** `host[:port]` of an origin; `undefined` for `null` or anything else that is not a URL. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
