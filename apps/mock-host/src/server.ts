import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import type { MockHostConfig } from "./config.js";

export interface RunningMockHost {
  /** e.g. `http://127.0.0.1:4800`: pass it as `frameOrigin`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the mock host; resolves once it listens. */
export function startMockHost(config: MockHostConfig): Promise<RunningMockHost> {
  const app = createApp(config);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once("error", reject);
  });
}
