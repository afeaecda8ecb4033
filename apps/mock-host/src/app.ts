import { Hono } from "hono";
import { attackerRoutes } from "./attacker-page.js";
import type { MockHostConfig } from "./config.js";
import { Faults } from "./faults.js";
import { framePages } from "./frame-pages.js";
import { moneyKitApiRoutes } from "./moneykit/api-routes.js";
import { bankRoutes } from "./moneykit/bank-routes.js";
import { moneyKitFrameApiRoutes } from "./moneykit/frame-api-routes.js";
import { linkError } from "./moneykit/link-error.js";
import { MoneyKitStore } from "./moneykit/store.js";
import { buyTransactionRoutes } from "./moonpay/buy-transactions.js";
import { challengeFrameApiRoutes } from "./moonpay/challenge-frame-api-routes.js";
import { frameApiRoutes } from "./moonpay/frame-api-routes.js";
import { refuse } from "./moonpay/frame-refusal.js";
import { paymentFrameApiRoutes } from "./moonpay/payment-frame-api-routes.js";
import { PaymentsStore } from "./moonpay/payments-store.js";
import { platformApiRoutes } from "./moonpay/platform-api-routes.js";
import { platformTraffic } from "./moonpay/platform-traffic.js";
import { resetFrameApiRoutes } from "./moonpay/reset-frame-api-routes.js";
import { sessionRoutes } from "./moonpay/session-routes.js";
import { MoonPayStore } from "./moonpay/store.js";
import { virtualAccountsRoutes } from "./moonpay/va-routes.js";
import { observed } from "./observed.js";
import { sameOriginJson } from "./same-origin-json.js";
import { ScenarioBook } from "./scenarios/scenario-book.js";
import { testHookRoutes } from "./test-hooks.js";

export interface Stores {
  readonly moonpay: MoonPayStore;
  readonly payments: PaymentsStore;
  readonly moneykit: MoneyKitStore;
  /** The scenarios set for customers; both vendors read it. */
  readonly scenarios: ScenarioBook;
}

/** The host's memory, on a clock (a test's, or the system's). */
export function createStores(now: () => number = Date.now): Stores {
  const scenarios = new ScenarioBook((customerId) => moonpay.forgetCustomer(customerId));
  const moonpay = new MoonPayStore(now, scenarios);
  return { moonpay, payments: new PaymentsStore(now), moneykit: new MoneyKitStore(now, scenarios), scenarios };
}

/** The frame host as one Hono app: both vendors' frames, APIs and frame backends. */
export function createApp(
  config: MockHostConfig,
  stores: Stores,
  bankOrigin: () => string,
  faults = new Faults(),
): Hono {
  const app = new Hono();
  for (const key of [config.moonpaySecretKey, config.moneykitClientSecret]) observed.secret(key);
  if (config.testHooks) {
    app.use("*", observed.middleware());
    app.use("*", faults.middleware());
    app.route("/", testHookRoutes(stores.moneykit, stores.scenarios, faults));
  }
  app.get("/health", (c) => c.json({ ok: true }));
  app.route("/", buyTransactionRoutes(config.moonpayPublishableKey));
  app.route(
    "/",
    virtualAccountsRoutes({
      partners: config.vaPartners,
      timestampWindowMs: config.vaTimestampWindowMs,
      rateLimit: config.vaRateLimit,
    }),
  );
  app.use("/platform/v1/*", platformTraffic());
  app.use(
    "/frame-api/moonpay/*",
    sameOriginJson(refuse, { crossSite: "crossSiteRequest", notJson: "unsupportedMediaType" }),
  );
  app.use(
    "/frame-api/moneykit/*",
    sameOriginJson(linkError, { crossSite: "cross_site_request", notJson: "unsupported_media_type" }),
  );
  app.route("/", sessionRoutes(stores.moonpay, config.moonpaySecretKey));
  app.route("/", frameApiRoutes(stores.moonpay));
  app.route("/", platformApiRoutes(stores.moonpay, stores.payments, config.allowedOrigins));
  app.route("/", paymentFrameApiRoutes(stores.moonpay, stores.payments));
  app.route("/", challengeFrameApiRoutes(stores.payments));
  app.route("/", resetFrameApiRoutes(stores.moonpay));
  app.route(
    "/",
    moneyKitApiRoutes(stores.moneykit, {
      clientId: config.moneykitClientId,
      clientSecret: config.moneykitClientSecret,
    }),
  );
  app.route("/", moneyKitFrameApiRoutes(stores.moneykit, bankOrigin));
  app.route("/", framePages(config.allowedOrigins));
  return app;
}

/** Only the hostile test page: a look-alike origin of the frame host's (another port). For tests only. */
export function createLookalikeApp(): Hono {
  const app = new Hono();
  app.route("/", attackerRoutes());
  return app;
}

/** The banks' OAuth pages, served on their own origin; with test hooks, the hostile page there too. */
export function createBankApp(config: MockHostConfig, stores: Stores): Hono {
  const app = new Hono();
  if (config.testHooks) {
    app.use("*", observed.middleware());
    app.route("/", attackerRoutes());
  }
  app.route("/", bankRoutes(stores.moneykit));
  return app;
}
