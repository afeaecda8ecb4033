import { Hono } from "hono";
import type { MockHostConfig } from "./config.js";
import { framePages } from "./frame-pages.js";
import { frameApiRoutes } from "./moonpay/frame-api-routes.js";
import { sessionRoutes } from "./moonpay/session-routes.js";
import { MoonPayStore } from "./moonpay/store.js";

/** The whole mock host as one Hono app, for `serve()` or for requests in tests. */
export function createApp(config: MockHostConfig, store = new MoonPayStore()): Hono {
  const app = new Hono();
  app.get("/health", (c) => c.json({ ok: true }));
  app.route("/", sessionRoutes(store, config.moonpaySecretKey));
  app.route("/", frameApiRoutes(store));
  app.route("/", framePages(config.allowedOrigins));
  return app;
}
