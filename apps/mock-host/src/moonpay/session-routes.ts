import { type Context, Hono } from "hono";
import { deviceKey, isIpAddress } from "../client-ip.js";
import { readJsonBody } from "../request.js";
import { secretEquals } from "../secret-equals.js";
import { platformError } from "./platform-error.js";
import type { MoonPayStore, SessionDetails } from "./store.js";

const E164 = /^\+[1-9]\d{1,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** How far ahead of the server's clock `termsAcceptedAt` may be. */
const TERMS_CLOCK_SKEW_MS = 60_000;

/**
 * Sessions, with the merchant's secret key: `POST /platform/v1/sessions`
 * (current) and `POST /platform/v1/session` (the preview edition of MoonPay's docs) create a
 * single-use session token for one customer on one device;
 * `DELETE /platform/v1/sessions?externalCustomerId=` ends every session of
 * a customer. The key goes in `X-Api-Key: sk_…` or `Authorization: Api-Key sk_…`.
 */
export function sessionRoutes(store: MoonPayStore, secretKey: string): Hono {
  const app = new Hono();

  const keyRefused = (c: Context): Response | undefined => {
    const authorization = c.req.header("authorization");
    const key = authorization?.startsWith("Api-Key ") ? authorization.slice(8).trim() : c.req.header("x-api-key");
    if (!key) return platformError(c, 401, "unauthorized", "An API key is required.");
    if (!secretEquals(key, secretKey))
      return platformError(c, 401, "unauthorized", "The API key is not a valid secret key.");
    return undefined;
  };

  const create = (status: 200 | 201) => async (c: Context) => {
    const refused = keyRefused(c);
    if (refused) return refused;
    const body = await readJsonBody(c);
    const read = readSessionRequest(body, store.now());
    if (typeof read === "string") return platformError(c, 400, "invalid_request", read);
    const sessionToken = store.createSession(read.externalCustomerId, deviceKey(read.deviceIp), read.details);
    return c.json({ sessionToken }, status);
  };

  // The preview answered 201; the current API reference documents 200.
  app.post("/platform/v1/session", create(201));
  app.post("/platform/v1/sessions", create(200));

  app.delete("/platform/v1/sessions", (c) => {
    const refused = keyRefused(c);
    if (refused) return refused;
    const externalCustomerId = c.req.query("externalCustomerId");
    if (!externalCustomerId) return platformError(c, 400, "invalid_request", "externalCustomerId is required.");
    store.revokeCustomer(externalCustomerId);
    return c.body(null, 204);
  });

  return app;
}

interface SessionRequest {
  readonly externalCustomerId: string;
  readonly deviceIp: string;
  readonly details: SessionDetails;
}

/** The body's fields as MoonPay's API reference constrains them, or every problem found, in one message. */
function readSessionRequest(body: Record<string, unknown>, now: number): SessionRequest | string {
  const { externalCustomerId, deviceIp, email, phoneNumber, termsAcceptedAt } = body;
  const problems: string[] = [];
  if (typeof externalCustomerId !== "string" || externalCustomerId.length === 0 || externalCustomerId.length > 255) {
    problems.push("externalCustomerId must be a string of 1 to 255 characters.");
  }
  if (!isIpAddress(deviceIp)) problems.push("deviceIp must be an IPv4 or IPv6 address.");
  if ((email === undefined) !== (phoneNumber === undefined))
    problems.push("email and phoneNumber go together: give both or neither.");
  if (
    email !== undefined &&
    (typeof email !== "string" || email.length < 5 || email.length > 255 || !EMAIL.test(email))
  )
    problems.push("email is not an email address.");
  if (phoneNumber !== undefined && (typeof phoneNumber !== "string" || !E164.test(phoneNumber)))
    problems.push("phoneNumber must be in E.164 form, e.g. +14155550123.");
  const accepted = typeof termsAcceptedAt === "string" ? Date.parse(termsAcceptedAt) : undefined;
  if (
    termsAcceptedAt !== undefined &&
    (accepted === undefined || Number.isNaN(accepted) || accepted > now + TERMS_CLOCK_SKEW_MS)
  ) {
    problems.push("termsAcceptedAt must be a timestamp no later than now.");
  }
  if (problems.length > 0) return problems.join(" ");
  return {
    externalCustomerId: externalCustomerId as string,
    deviceIp: deviceIp as string,
    details: {
      ...(email !== undefined ? { contact: { email: email as string, phoneNumber: phoneNumber as string } } : {}),
      ...(accepted !== undefined ? { termsAcceptedAt: accepted } : {}),
    },
  };
}
