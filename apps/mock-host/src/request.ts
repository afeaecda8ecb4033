import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { deviceKey } from "./client-ip.js";

/**
 * A request's JSON body as a record; anything else (no body, not JSON, an
 * array) is `{}`. It reads JSON whatever the `Content-Type` says: the frame
 * backends take `application/json` only, checked before (same-origin-json.ts).
 */
export async function readJsonBody(c: Context): Promise<Record<string, unknown>> {
  const body: unknown = await c.req.json().catch(() => undefined);
  return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** The device the request comes from, as sessions are bound to it. */
export function deviceOf(c: Context): string {
  return deviceKey(getConnInfo(c).remote.address ?? "");
}
