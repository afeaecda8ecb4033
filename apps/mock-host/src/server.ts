import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { createApp, createBankApp, createLookalikeApp, createStores } from "./app.js";
import type { MockHostConfig } from "./config.js";

export interface RunningMockHost {
  /** e.g. `http://127.0.0.1:4800`: pass it as `frameOrigin`. */
  readonly url: string;
  /** e.g. `http://bank.localhost:4802`: where the banks' OAuth pages live. */
  readonly bankUrl: string;
  close(): Promise<void>;
}

/** Starts the frame host and the banks' origin; resolves once both listen. */
export async function startMockHost(config: MockHostConfig): Promise<RunningMockHost> {
  const stores = createStores();
  const bank = await listen(createBankApp(stores), config.host, config.bankPort);
  const bankUrl = `http://${config.bankHost}:${bank.port}`;
  const main = await listen(createApp(config, stores, () => bankUrl), config.host, config.port);
  const lookalike = config.lookalikePort === undefined ? undefined : await listen(createLookalikeApp(), config.host, config.lookalikePort);
  return {
    url: main.url,
    bankUrl,
    close: async () => {
      await Promise.all([main.close(), bank.close(), lookalike?.close()]);
    },
  };
}

function listen(app: Hono, hostname: string, port: number): Promise<{ url: string; port: number; close(): Promise<void> }> {
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
