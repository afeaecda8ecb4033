import type { KeyObject } from "node:crypto";
import { type Context, Hono } from "hono";
import { deviceOf, readJsonBody } from "../request.js";
import { secretEquals } from "../secret-equals.js";
import { moonPayCustomerId } from "./customer-id.js";
import { refuse } from "./frame-refusal.js";
import { type CheckedStatus, finishConnect, statusOf } from "./scenarios.js";
import { readPublicKey, seal } from "./seal.js";
import {
  type ConnectFrame,
  type IssuedToken,
  type MoonPayStore,
  SESSION_LIFETIME_MS,
  type SessionDetails,
} from "./store.js";

/** The one-time code the connect frame accepts. */
export const VERIFICATION_CODE = "000000";
const ANOTHER_DEVICE = "This device is not the one the session was created for.";

/** What the check and connect frames forward as their `complete` payload. */
interface Connected {
  readonly connection: { status: string; credentials?: string; reason?: string; customer?: { id: string } };
}

/**
 * The check and connect frames' own backend, same-origin with the frames.
 * Every request is bound to the device (IP) its session was created for.
 * Bodies are JSON; refusals are `{ error: { code, message } }` for the frame
 * to forward as its `error` event.
 */
export function frameApiRoutes(store: MoonPayStore): Hono {
  const app = new Hono();

  const clientTokenOf = (c: Context, token: unknown): IssuedToken | Response => {
    const issued = typeof token === "string" ? store.clientTokens.get(token) : undefined;
    if (!issued || issued.expiresAt <= store.now())
      return refuse(c, 401, "invalidClientToken", "The client token is not valid or has expired.");
    if (issued.device !== deviceOf(c)) return refuse(c, 403, "ipAddressMismatch", ANOTHER_DEVICE);
    return issued;
  };

  // The check frame: spends the session token from its URL, once. The public
  // key is read first, so that a malformed one does not burn the token.
  app.post("/frame-api/moonpay/check", async (c) => {
    const body = await readJsonBody(c);
    const publicKey = readPublicKey(body.publicKey);
    if (!publicKey)
      return refuse(c, 400, "invalidPublicKey", "The public key is not the 64 hex digits of an X25519 key.");
    const session = typeof body.sessionToken === "string" ? store.sessions.get(body.sessionToken) : undefined;
    if (!session) return refuse(c, 400, "invalidSessionToken", "The session token is not valid.");
    if (session.used) return refuse(c, 400, "sessionTokenUsed", "The session token was already used.");
    if (store.now() - session.createdAt > SESSION_LIFETIME_MS)
      return refuse(c, 400, "sessionExpired", "The session token has expired.");
    const device = deviceOf(c);
    if (session.device !== device) return refuse(c, 403, "ipAddressMismatch", ANOTHER_DEVICE);
    session.used = true;
    const customer = store.customer(session.customerId);
    // Terms accepted in the merchant's own UI (guest checkout) count as accepted.
    if (session.termsAcceptedAt !== undefined) customer.termsAccepted = true;
    const checked = statusOf(customer, store.now());
    return c.json(connected(store, checked, session.customerId, device, publicKey, session.contact));
  });

  // The connect frame, before it shows anything: its client token and key.
  // Its answer opens the frame session the next steps need: the client token
  // is in the frame's URL, known to the page that built it, so it cannot
  // stand for the frame's own steps.
  app.post("/frame-api/moonpay/connect/start", async (c) => {
    const body = await readJsonBody(c);
    const issued = clientTokenOf(c, body.clientToken);
    if (issued instanceof Response) return issued;
    const publicKey = readPublicKey(body.publicKey);
    if (!publicKey)
      return refuse(c, 400, "invalidPublicKey", "The public key is not the 64 hex digits of an X25519 key.");
    const frameSession = store.connectFrames.open({
      clientToken: body.clientToken as string,
      publicKey,
      verified: false,
    });
    // A customer the session named by email and phone number is only asked for the one-time code.
    return c.json({
      status: statusOf(store.customer(issued.customerId), store.now()).status,
      knownContact: issued.contact !== undefined,
      frameSession,
    });
  });

  /** The connect frame load a step belongs to, still on the device and token it started with. */
  const connectFrameOf = (
    c: Context,
    frameSession: unknown,
  ): { frame: ConnectFrame; issued: IssuedToken } | Response => {
    const frame = store.connectFrames.find(frameSession);
    if (!frame)
      return refuse(c, 401, "invalidFrameSession", "This connect frame's session is not valid or has expired.");
    const issued = clientTokenOf(c, frame.clientToken);
    return issued instanceof Response ? issued : { frame, issued };
  };

  app.post("/frame-api/moonpay/connect/verify", async (c) => {
    const body = await readJsonBody(c);
    const opened = connectFrameOf(c, body.frameSession);
    if (opened instanceof Response) return opened;
    const { frame } = opened;
    if (frame.verified) return refuse(c, 409, "stepOutOfOrder", "The code was already verified.");
    if (store.wrongCodes.isLocked(frame.clientToken)) return tooManyAttempts(c);
    if (secretEquals(body.code, VERIFICATION_CODE)) {
      frame.verified = true;
      return c.json({ verified: true });
    }
    return store.wrongCodes.countWrong(frame.clientToken) ? tooManyAttempts(c) : c.json({ verified: false }, 422);
  });

  // The consent (or the refusal) ends the frame session: a connection is made once per load.
  app.post("/frame-api/moonpay/connect/complete", async (c) => {
    const body = await readJsonBody(c);
    const opened = connectFrameOf(c, body.frameSession);
    if (opened instanceof Response) return opened;
    const { frame, issued } = opened;
    if (!frame.verified) return refuse(c, 409, "stepOutOfOrder", "Verify the one-time code first.");
    store.connectFrames.close(body.frameSession);
    const outcome = finishConnect(
      issued.customerId,
      store.customer(issued.customerId),
      body.decision === "accept",
      store.now(),
      store.scenarios.moonpay(issued.customerId),
    );
    return c.json(connected(store, outcome, issued.customerId, issued.device, frame.publicKey));
  });

  return app;
}

function tooManyAttempts(c: Context): Response {
  return refuse(c, 429, "tooManyAttempts", "Too many wrong codes: start again from your app.");
}

/**
 * The connection as the frame reports it. Credentials are sealed to the
 * client's key: authenticated ones (access token too) for `active`;
 * anonymous ones (a client token, to open the connect frame with) for a
 * connection still to be made.
 */
function connected(
  store: MoonPayStore,
  checked: CheckedStatus,
  customerId: string,
  device: string,
  publicKey: KeyObject,
  contact?: SessionDetails["contact"],
): Connected {
  switch (checked.status) {
    case "active": {
      const credentials = store.issueCredentials(customerId, device, false);
      return {
        connection: {
          status: "active",
          credentials: seal(publicKey, credentials),
          customer: { id: moonPayCustomerId(customerId) },
        },
      };
    }
    case "connectionRequired":
    case "termsAcceptanceRequired":
      return {
        connection: {
          status: checked.status,
          credentials: seal(publicKey, store.issueCredentials(customerId, device, true, contact)),
        },
      };
    default:
      return { connection: checked };
  }
}
