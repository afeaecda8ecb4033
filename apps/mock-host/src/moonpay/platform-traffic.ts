import { randomBytes } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { platformError } from "./platform-error.js";

/** MoonPay's documented rate limit for the platform API. */
export const PLATFORM_REQUESTS_PER_SECOND = 30;

/**
 * What MoonPay's platform API does to every request: an `X-Request-Id` on
 * every answer, and at most 30 requests a second per credential (the bearer
 * token or the API key), then 429 with `Retry-After`. Requests without a
 * credential (the frame pages under the same path) are not counted.
 */
export function platformTraffic(limit = PLATFORM_REQUESTS_PER_SECOND): MiddlewareHandler {
  const recent = new Map<string, number[]>();
  return async (c, next) => {
    c.header("X-Request-Id", `req_${randomBytes(12).toString("hex")}`);
    const credential = c.req.header("authorization") ?? c.req.header("x-api-key");
    if (credential && c.req.method !== "OPTIONS") {
      const now = Date.now();
      const window = (recent.get(credential) ?? []).filter((at) => at > now - 1000);
      if (window.length >= limit) {
        c.header("Retry-After", "1");
        return platformError(c, 429, "rate_limited", `More than ${limit} requests a second.`);
      }
      window.push(now);
      recent.set(credential, window);
      if (recent.size > 10_000) recent.clear();
    }
    await next();
  };
}
