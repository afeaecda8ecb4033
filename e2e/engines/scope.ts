import { type Scope, WAIT_MS } from "./driver.js";
import { expression, findButton, findControl } from "./in-page.js";

/** An element an engine's client can act on with the engine's own input. */
export interface ElementRef {
  click(): Promise<void>;
  /** Clears the control, then types `text` key by key. */
  type(text: string): Promise<void>;
}

/** What each engine's client provides for a document; everything else is built here, once. */
export interface DocumentClient {
  /** Evaluates a JS expression (a promise is awaited) and returns its JSON value. */
  evaluate(expression: string): Promise<unknown>;
  /** The element a JS expression yields, or null. */
  element(expression: string): Promise<ElementRef | null>;
}

/** Retries `attempt` until it gives a truthy value; fails after `timeout` ms saying what was awaited. */
export async function until<T>(what: string, attempt: () => Promise<T>, timeout = WAIT_MS): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await attempt();
      if (value) return value;
    } catch (error) {
      // A document between navigations, or a frame being replaced: try again until the deadline.
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ""}`);
}

export function scopeOf(client: DocumentClient): Scope {
  const button = (name: string, exact = false) =>
    until(`the button "${name}"`, () => client.element(expression(findButton, { name, exact })));
  return {
    evaluate: async (fn, arg) => (await client.evaluate(expression(fn, arg))) as never,
    waitFor: (fn, arg, timeout) =>
      until(
        `${fn.toString().slice(0, 80)}`,
        async () => (await client.evaluate(expression(fn, arg))) as never,
        timeout,
      ),
    click: async (name, options) => (await button(name, options?.exact)).click(),
    pressToClose: async (name, options) => {
      await button(name, options?.exact);
      const find = expression(findButton, { name, exact: options?.exact ?? false });
      await client.evaluate(`void ((element) => setTimeout(() => element.click(), 0))(${find})`);
    },
    fill: async (label, value) =>
      (await until(`the field "${label}"`, () => client.element(expression(findControl, label)))).type(value),
  };
}
