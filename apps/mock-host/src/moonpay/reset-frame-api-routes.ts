import { Hono } from "hono";
import { deviceOf, readJsonBody } from "../request.js";
import type { MoonPayStore } from "./store.js";

/**
 * The reset frame's backend: signs this device out. The frame sends the
 * client token its URL carries (the newer documentation's optional
 * `clientToken`); every token issued to that customer on this device is
 * revoked, so the platform API refuses them with 401 from then on. No token,
 * or one already ended, is a sign-out with nothing to do: still a success,
 * as signing out twice is.
 */
export function resetFrameApiRoutes(store: MoonPayStore): Hono {
  const app = new Hono();
  app.post("/frame-api/moonpay/reset", async (c) => {
    const body = await readJsonBody(c);
    store.signOut(body.clientToken, deviceOf(c));
    return c.json({ reset: true });
  });
  return app;
}
