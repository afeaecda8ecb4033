import type { Context } from "hono";

/**
 * A refusal from the frames' backend: `{ error: { code, message } }`, which
 * the frame forwards as its `error` event's payload unchanged. Codes are
 * camelCase, as MoonPay's frames write theirs (`ipAddressMismatch`,
 * `quoteExpired`, …).
 */
export function refuse(c: Context, status: 400 | 401 | 403 | 409 | 415 | 429, code: string, message: string): Response {
  return c.json({ error: { code, message } }, status);
}
