import { type FrameErrorPayload, readPublicKey, type WireConnection } from "@framelink/protocol";
import { type Context, Hono } from "hono";
import { finishConnect, statusOf, type CheckedStatus } from "./scenarios.js";
import { seal } from "./seal.js";
import { SESSION_LIFETIME_MS, type MoonPayStore } from "./store.js";
import { deviceOf, readJsonBody } from "../request.js";

const VERIFICATION_CODE = "000000";

/**
 * The frames' own backend, same-origin with the frames. Every request is
 * bound to the device (IP) its session was created for. Bodies are JSON;
 * refusals are `{ error: FrameErrorPayload }` for the frame to forward.
 */
export function frameApiRoutes(store: MoonPayStore): Hono {
  const app = new Hono();

  app.post("/frame-api/moonpay/check", async (c) => {
    const body = await readJsonBody(c);
    const publicKey = readPublicKey(body.publicKey);
    if (!publicKey) return refuse(c, "publicKey", "invalidPublicKey", "The public key is not 32 bytes of hex.");
    const device = deviceOf(c);
    let frameSession = typeof body.frameSession === "string" ? body.frameSession : undefined;
    let customerId: string;
    if (frameSession) {
      const held = store.frameSessions.get(frameSession);
      if (!held) return refuse(c, "sessionToken", "invalidSessionToken", "The frame's session is unknown.");
      if (held.device !== device) return refuse(c, "deviceIp", "ipAddressMismatch", "This device is not the one the session was created for.");
      customerId = held.customerId;
    } else {
      const token = typeof body.sessionToken === "string" ? body.sessionToken : "";
      const session = store.sessions.get(token);
      if (!session) return refuse(c, "sessionToken", "invalidSessionToken", "The session token is not valid.");
      if (session.used) return refuse(c, "sessionToken", "sessionTokenUsed", "The session token was already used.");
      if (store.now() - session.createdAt > SESSION_LIFETIME_MS) {
        return refuse(c, "sessionToken", "sessionExpired", "The session token has expired.");
      }
      if (session.device !== device) return refuse(c, "deviceIp", "ipAddressMismatch", "This device is not the one the session was created for.");
      session.used = true;
      customerId = session.customerId;
      frameSession = store.openFrameSession(customerId, device);
    }
    const checked = statusOf(store.customer(customerId), store.now());
    return c.json({ frameSession, connection: wire(store, checked, customerId, device, publicKey) });
  });

  app.post("/frame-api/moonpay/connect/start", async (c) => {
    const body = await readJsonBody(c);
    const issued = clientTokenOf(store, body.clientToken);
    if (!issued) return refuse(c, "clientToken", "invalidClientToken", "The client token is not valid or has expired.");
    if (issued.device !== deviceOf(c)) return refuse(c, "deviceIp", "ipAddressMismatch", "This device is not the one the session was created for.");
    return c.json({ status: statusOf(store.customer(issued.customerId), store.now()).status });
  });

  app.post("/frame-api/moonpay/connect/verify", async (c) => {
    const body = await readJsonBody(c);
    if (!clientTokenOf(store, body.clientToken)) return refuse(c, "clientToken", "invalidClientToken", "The client token is not valid or has expired.");
    return body.code === VERIFICATION_CODE ? c.json({ verified: true }) : c.json({ verified: false }, 422);
  });

  app.post("/frame-api/moonpay/connect/complete", async (c) => {
    const body = await readJsonBody(c);
    const issued = clientTokenOf(store, body.clientToken);
    if (!issued) return refuse(c, "clientToken", "invalidClientToken", "The client token is not valid or has expired.");
    const device = deviceOf(c);
    if (issued.device !== device) return refuse(c, "deviceIp", "ipAddressMismatch", "This device is not the one the session was created for.");
    const publicKey = readPublicKey(body.publicKey);
    if (!publicKey) return refuse(c, "publicKey", "invalidPublicKey", "The public key is not 32 bytes of hex.");
    const customer = store.customer(issued.customerId);
    const outcome = finishConnect(issued.customerId, customer, body.decision === "accept", store.now());
    return c.json({ connection: wire(store, outcome, issued.customerId, device, publicKey) });
  });

  return app;
}

function wire(store: MoonPayStore, checked: CheckedStatus, customerId: string, device: string, publicKey: string): WireConnection {
  switch (checked.status) {
    case "active":
    case "connectionRequired":
    case "termsAcceptanceRequired": {
      const credentials = store.issueCredentials(customerId, device, checked.status !== "active");
      return { status: checked.status, credentials: seal(publicKey, credentials) };
    }
    default:
      return checked;
  }
}

function clientTokenOf(store: MoonPayStore, token: unknown) {
  const issued = typeof token === "string" ? store.clientTokens.get(token) : undefined;
  return issued && issued.expiresAt > store.now() ? issued : undefined;
}

function refuse(c: Context, field: string, code: string, message: string) {
  const error = { code: "validationError", message, fieldErrors: [{ field, code, message }] } as FrameErrorPayload;
  return c.json({ error }, 400);
}
