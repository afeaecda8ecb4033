import { Hono } from "hono";
import { attackerRoutes } from "./attacker-page.js";
import type { Faults } from "./faults.js";
import { linkExpiryHook } from "./moneykit/link-expiry-hook.js";
import type { MoneyKitStore } from "./moneykit/store.js";
import { observed } from "./observed.js";
import type { ScenarioBook } from "./scenarios/scenario-book.js";
import { scenarioRoutes } from "./scenarios/scenario-routes.js";

/**
 * What exists for tests only, served with `MOCK_TEST_HOOKS=1` and not
 * otherwise: the record of every secret issued (`/_mock/observed`), fault
 * injection (`/_mock/faults`, a POST any page could send), scenario
 * control (`/_mock/scenarios`), the link expiry
 * switch and the hostile page (`/_mock/attacker`). None belongs on a host
 * anyone but a test suite can reach.
 */
export function testHookRoutes(moneykit: MoneyKitStore, scenarios: ScenarioBook, faults: Faults): Hono {
  const app = new Hono();
  app.route("/", scenarioRoutes(scenarios));
  app.route("/", faults.routes());
  app.route("/", observed.routes());
  app.route("/", attackerRoutes());
  app.route("/", linkExpiryHook(moneykit));
  return app;
}
