import { type CustomerScenario, readCustomerScenario } from "./customer-scenario.js";
import type { ScenarioBook } from "./scenario-book.js";

/** How a test decides what happens to a customer: `startMockHost(…).scenarios`, or `/_mock/scenarios` over HTTP. */
export interface ScenarioControl {
  /**
   * From now on, until cleared, `customerId`'s flows end as `scenario` says.
   * What the host knew of the customer is forgotten, so their next session
   * starts from it. Throws a `TypeError` for a scenario it cannot read.
   */
  set(customerId: string, scenario: CustomerScenario): void;
  /** Forgets one customer's scenario, or all of them. */
  clear(customerId?: string): void;
  /** Every scenario set, by customer id. */
  list(): Record<string, CustomerScenario>;
}

export function scenarioControl(book: ScenarioBook): ScenarioControl {
  return {
    set(customerId, scenario) {
      const problem = customerIdProblem(customerId);
      if (problem) throw new TypeError(problem);
      const read = readCustomerScenario(scenario);
      if ("problem" in read) throw new TypeError(read.problem);
      book.set(customerId, read);
    },
    clear: (customerId) => book.clear(customerId),
    list: () => book.list(),
  };
}

/** Customer ids are those of MoonPay's sessions and MoneyKit's link sessions: 1 to 255 characters. */
export function customerIdProblem(customerId: unknown): string | undefined {
  return typeof customerId === "string" && customerId.length > 0 && customerId.length <= 255
    ? undefined
    : "A customer id is a string of 1 to 255 characters.";
}
