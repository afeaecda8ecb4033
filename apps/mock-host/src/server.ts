import type { AddressInfo } from "node:net";
import { type HttpBindings, serve } from "@hono/node-server";
import type { Hono } from "hono";
import { createApp, createBankApp, createLookalikeApp, createStores } from "./app.js";
import { type MockHostConfig, type MockHostOptions, resolveConfig } from "./config.js";
import { answeringOwnNames } from "./own-host-names.js";
import { type ScenarioControl, scenarioControl } from "./scenarios/scenario-control.js";

export interface RunningMockHost {
  /** e.g. `http://127.0.0.1:4800`: pass it as `frameBaseUrl` and `apiBaseUrl`, and as MoneyKit's `__connectSDKUIHost`. */
  readonly url: string;
  /** e.g. `http://bank.localhost:4802`: where the banks' OAuth pages live. */
  readonly bankUrl: string;
  /** The options in force, defaults filled in (keys, allowed origins, …). */
  readonly config: MockHostConfig;
  /** Decide a customer's next outcomes (`pending`, a failed payment, OAuth denied, …). */
  readonly scenarios: ScenarioControl;
  /** Stops every listener; resolves once they are closed. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts the frame host and the banks' origin (and the look-alike, for
 * hostile tests); resolves once they listen. Each answers only to its own
 * names. Every option has a default (`resolveConfig`); `port: 0` picks free ports.
 */
export async function startMockHost(options: MockHostOptions = {}): Promise<RunningMockHost> {
  const config = resolveConfig(options);
  if (config.lookalikePort !== undefined && !config.testHooks) {
    throw new Error("MOCK_LOOKALIKE_PORT serves the hostile test page only: set MOCK_TEST_HOOKS=1 too.");
  }
  const stores = createStores();
  const scenarios = scenarioControl(stores.scenarios);
  for (const [customerId, scenario] of Object.entries(config.scenarios)) scenarios.set(customerId, scenario);
  const names = { boundNames: [config.host, config.bankHost], anyPortNames: config.hostNames };
  const listeners: Listener[] = [];
  const stop = () => Promise.all(listeners.map((listener) => listener.close())).then(() => undefined);
  const listenAt = async (app: Hono, port: number) => {
    const listener = await listen(answeringOwnNames(app, names), config.host, port);
    listeners.push(listener);
    return listener;
  };
  try {
    const bank = await listenAt(createBankApp(config, stores), config.bankPort);
    const bankUrl = `http://${config.bankHost}:${bank.port}`;
    const main = await listenAt(
      createApp(config, stores, () => bankUrl),
      config.port,
    );
    if (config.lookalikePort !== undefined) await listenAt(createLookalikeApp(), config.lookalikePort);
    return { url: main.url, bankUrl, config, scenarios, stop };
  } catch (error) {
    // A port in use: the listeners already bound are closed, not leaked.
    await stop();
    throw error;
  }
}

interface Listener {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function listen(app: Hono<{ Bindings: HttpBindings }>, hostname: string, port: number): Promise<Listener> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      let closing: Promise<void> | undefined;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () => {
          closing ??= new Promise((done) => {
            server.close(() => done());
            // Keep-alive connections would hold close() open for seconds: a stopped host answers no one.
            if ("closeAllConnections" in server) server.closeAllConnections();
          });
          return closing;
        },
      });
    });
    server.once("error", reject);
  });
}
