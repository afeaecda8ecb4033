import type { Context } from "hono";

/**
 * A refusal of the platform API: `{ code, message }`, the shape of MoonPay's
 * platform API errors (`code` a snake_case string such as `not_found`).
 */
export function platformError(
  c: Context,
  status: 400 | 401 | 403 | 404 | 429,
  code: string,
  message: string,
): Response {
  return c.json({ code, message }, status);
}
