import { Hono } from "hono";
import { apiError, bearer } from "./api-routes.js";
import type { MoneyKitStore } from "./store.js";

/**
 * A test hook: `POST /_mock/moneykit/links/{id}/expire` makes a link
 * `auth_expired`, so that a test can relink it. Behind the API's Bearer
 * token, as the API is.
 */
export function linkExpiryHook(store: MoneyKitStore): Hono {
  const app = new Hono();
  app.use("/_mock/moneykit/*", bearer(store));
  app.post("/_mock/moneykit/links/:id/expire", (c) => {
    const link = store.links.get(c.req.param("id"));
    if (!link) return apiError(c, 404, "api_error.not_found", "No such link.");
    link.state = "auth_expired";
    return c.json({ link_id: link.id, state: link.state });
  });
  return app;
}
