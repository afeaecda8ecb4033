import type { CustomerScenario, MoneyKitScenario, MoonPayScenario } from "./customer-scenario.js";

/**
 * The scenarios set for customers, by id. A set scenario wins over the
 * words of a customer id (`pending-…`, `-declined-`); a customer with none
 * follows those words, as before. Setting one also calls `onSet`, which
 * forgets what the host knew of that customer, so the next session starts
 * from the scenario.
 */
export class ScenarioBook {
  readonly #scenarios = new Map<string, CustomerScenario>();

  constructor(private readonly onSet: (customerId: string) => void = () => undefined) {}

  set(customerId: string, scenario: CustomerScenario): void {
    this.#scenarios.set(customerId, scenario);
    this.onSet(customerId);
  }

  /** Forgets one customer's scenario, or every scenario. */
  clear(customerId?: string): void {
    if (customerId === undefined) {
      for (const id of [...this.#scenarios.keys()]) this.clear(id);
      return;
    }
    if (this.#scenarios.delete(customerId)) this.onSet(customerId);
  }

  list(): Record<string, CustomerScenario> {
    return Object.fromEntries(this.#scenarios);
  }

  moonpay(customerId: string): MoonPayScenario {
    return this.#scenarios.get(customerId)?.moonpay ?? {};
  }

  moneykit(customerId: string): MoneyKitScenario {
    return this.#scenarios.get(customerId)?.moneykit ?? {};
  }
}
