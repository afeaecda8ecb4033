import { Hono } from "hono";
import { readCustomerScenario } from "./customer-scenario.js";
import type { ScenarioBook } from "./scenario-book.js";
import { customerIdProblem } from "./scenario-control.js";

/**
 * Scenario control over HTTP, a test hook (`MOCK_TEST_HOOKS=1`): for a test
 * suite that runs the host in another process (`npx @framelink/mock-host`).
 * `PUT /_mock/scenarios/{customerId}` with the scenario as JSON; `GET
 * /_mock/scenarios`; `DELETE` one or all.
 */
export function scenarioRoutes(book: ScenarioBook): Hono {
  const app = new Hono();
  const invalid = (message: string) => ({ error: { code: "invalidScenario", message } });

  app.get("/_mock/scenarios", (c) => c.json({ scenarios: book.list() }));
  app.put("/_mock/scenarios/:customerId", async (c) => {
    const customerId = c.req.param("customerId");
    const problem = customerIdProblem(customerId);
    if (problem) return c.json(invalid(problem), 400);
    const body: unknown = await c.req.json().catch(() => undefined);
    const read = readCustomerScenario(body);
    if ("problem" in read) return c.json(invalid(read.problem), 400);
    book.set(customerId, read);
    return c.json({ customerId, scenario: read });
  });
  app.delete("/_mock/scenarios/:customerId", (c) => {
    book.clear(c.req.param("customerId"));
    return c.body(null, 204);
  });
  app.delete("/_mock/scenarios", (c) => {
    book.clear();
    return c.body(null, 204);
  });
  return app;
}
