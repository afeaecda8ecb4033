import { randomBytes } from "node:crypto";
import type { LinkExitError } from "@framelink/protocol";
import type { Context } from "hono";

/**
 * A refusal from Connect's backend: `{ error: LinkExitError }`, which the
 * Connect page shows and hands to the merchant's `onLinkExit` as is. Ids are
 * snake_case, as MoneyKit writes its own.
 */
export function linkError(
  c: Context,
  status: 400 | 403 | 415 | 422 | 429 | 502,
  error_id: string,
  displayed_message: string,
): Response {
  const error: LinkExitError = {
    error_id,
    displayed_message,
    request_id: `req_${randomBytes(9).toString("base64url")}`,
  };
  return c.json({ error }, status);
}
