import { Hono } from "hono";
import { isIpAddress, deviceKey } from "../client-ip.js";
import type { MoonPayStore } from "./store.js";

/**
 * `POST /platform/v1/session`: the merchant's server creates a single-use
 * session token with its secret key, for one customer on one device.
 * The key goes in `Authorization: Api-Key sk_…` (seed 000) or `X-Api-Key`.
 */
export function sessionRoutes(store: MoonPayStore, secretKey: string): Hono {
  const app = new Hono();
  app.post("/platform/v1/session", async (c) => {
    const authorization = c.req.header("authorization");
    const key = authorization?.startsWith("Api-Key ") ? authorization.slice(8).trim() : c.req.header("x-api-key");
    if (!key) return c.json({ error: { code: "unauthorized", message: "An API key is required." } }, 401);
    if (key !== secretKey) {
      return c.json({ error: { code: "unauthorized", message: "The API key is not a valid secret key." } }, 401);
    }
    const body: unknown = await c.req.json().catch(() => undefined);
    const { externalCustomerId, deviceIp } = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    const problems: string[] = [];
    if (typeof externalCustomerId !== "string" || externalCustomerId.length === 0 || externalCustomerId.length > 256) {
      problems.push("externalCustomerId must be a string of 1 to 256 characters.");
    }
    if (!isIpAddress(deviceIp)) problems.push("deviceIp must be an IPv4 or IPv6 address.");
    if (problems.length > 0) {
      return c.json({ error: { code: "invalidRequest", message: problems.join(" ") } }, 400);
    }
    const sessionToken = store.createSession(externalCustomerId as string, deviceKey(deviceIp as string));
    return c.json({ sessionToken }, 201);
  });
  return app;
}
