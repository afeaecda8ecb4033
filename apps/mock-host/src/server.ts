import type { AddressInfo } from "node:net";
import { type HttpBindings, serve } from "@hono/node-server";
import type { Hono } from "hono";
import { createApp, createBankApp, createLookalikeApp, createStores } from "./app.js";
import type { MockHostConfig } from "./config.js";
import { answeringOwnNames } from "./own-host-names.js";

export interface RunningMockHost {
  /** e.g. `http://127.0.0.1:4800`: pass it as `frameBaseUrl` and `apiBaseUrl`. */
  readonly url: string;
  /** e.g. `http://bank.localhost:4802`: where the banks' OAuth pages live. */
  readonly bankUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the frame host and the banks' origin (and the look-alike, for
 * hostile tests); resolves once they listen. Each answers only to its own names.
 */
export async function startMockHost(config: MockHostConfig): Promise<RunningMockHost> {
  if (config.lookalikePort !== undefined && !config.testHooks) {
    throw new Error("MOCK_LOOKALIKE_PORT serves the hostile test page only: set MOCK_TEST_HOOKS=1 too.");
  }
  const stores = createStores();
  const names = { boundNames: [config.host, config.bankHost], anyPortNames: config.hostNames };
  const listenAt = (app: Hono, port: number) => listen(answeringOwnNames(app, names), config.host, port);
  const bank = await listenAt(createBankApp(config, stores), config.bankPort);
  const bankUrl = `http://${config.bankHost}:${bank.port}`;
  const main = await listenAt(
    createApp(config, stores, () => bankUrl),
    config.port,
  );
  const lookalike =
    config.lookalikePort === undefined ? undefined : await listenAt(createLookalikeApp(), config.lookalikePort);
  return {
    url: main.url,
    bankUrl,
    close: async () => {
      await Promise.all([main.close(), bank.close(), lookalike?.close()]);
    },
  };
}

function listen(
  app: Hono<{ Bindings: HttpBindings }>,
  hostname: string,
  port: number,
): Promise<{ url: string; port: number; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once("error", reject);
  });
}
