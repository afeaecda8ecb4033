import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFromEnv } from "./config.js";
import { type RunningMockHost, startMockHost } from "./server.js";

// Finding 13: a page on another site whose name an attacker points at
// 127.0.0.1 (DNS rebinding) is same-origin with nothing here: every listener
// answers only to its own names.
let host: RunningMockHost;
beforeAll(async () => {
  host = await startMockHost({ ...configFromEnv({ MOCK_HOST_NAMES: "frames.test" }), port: 0, bankPort: 0 });
});
afterAll(() => host.stop());

/** GET /health at the listener of `url` (on loopback, where they all listen), naming it `name` in the Host header. */
function health(url: string, name: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(
      { hostname: "127.0.0.1", port: new URL(url).port, path: "/health", headers: { Host: name } },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode!, body }));
      },
    );
    sent.on("error", reject);
    sent.end();
  });
}

describe("the listeners answer only to their own names", () => {
  it("refuse another name, at the right port: 421 unknownHost", async () => {
    const port = new URL(host.url).port;
    for (const name of [`rebound.example:${port}`, `127.0.0.1.rebound.example:${port}`, `localhost.:${port}`]) {
      const answer = await health(host.url, name);
      expect(answer.status, name).toBe(421);
      expect(JSON.parse(answer.body), name).toEqual({ error: { code: "unknownHost", message: expect.any(String) } });
    }
    expect((await health(host.bankUrl, `rebound.example:${new URL(host.bankUrl).port}`)).status).toBe(421);
  });

  it("refuse one of their names at another port", async () => {
    expect((await health(host.url, "127.0.0.1:1")).status).toBe(421);
    expect((await health(host.url, "localhost")).status).toBe(421);
  });

  it("answer loopback names and *.localhost at their port", async () => {
    const port = new URL(host.url).port;
    for (const name of ["127.0.0.1", "LOCALHOST", "[::1]", "127.0.0.1.localhost", "bank.localhost"]) {
      expect((await health(host.url, `${name}:${port}`)).status, name).toBe(200);
    }
    // The banks' listener has no /health: 404, past the check of the name.
    expect((await health(host.bankUrl, `bank.localhost:${new URL(host.bankUrl).port}`)).status).toBe(404);
  });

  it("answer MOCK_HOST_NAMES at any port: a proxy's or a port mapping's", async () => {
    for (const name of ["frames.test", "frames.test:8443", `frames.test:${new URL(host.url).port}`]) {
      expect((await health(host.url, name)).status, name).toBe(200);
    }
  });
});
