import { describe, expect, it } from "vitest";
import { createApp, createBankApp, createStores } from "./app.js";
import { configFromEnv, resolveConfig } from "./config.js";
import { startMockHost } from "./server.js";

// Finding 13: what exists for tests only (the leak scan's record of every
// secret, fault injection, the link expiry switch, the hostile page) is
// served only when the host is started for tests.
const HOOKS = [
  ["GET", "/_mock/observed"],
  ["POST", "/_mock/faults"],
  ["DELETE", "/_mock/faults"],
  ["POST", "/_mock/moneykit/links/mk_link_x/expire"],
  ["GET", "/_mock/attacker"],
] as const;

const appWith = (env: NodeJS.ProcessEnv) =>
  createApp(
    resolveConfig({ ...configFromEnv(env), port: 0, bankPort: 0 }),
    createStores(),
    () => "http://bank.localhost:4802",
  );
const send = (
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  method: string,
  path: string,
) =>
  app.request(path, {
    method,
    headers: { "Content-Type": "application/json" },
    ...(method === "POST" ? { body: "{}" } : {}),
  });

describe("test hooks", () => {
  it.each(HOOKS)("are not served by default: %s %s is 404", async (method, path) => {
    expect((await send(appWith({}), method, path)).status).toBe(404);
  });

  it("are served with MOCK_TEST_HOOKS=1", async () => {
    const app = appWith({ MOCK_TEST_HOOKS: "1" });
    expect((await send(app, "GET", "/_mock/observed")).status).toBe(200);
    expect((await send(app, "POST", "/_mock/faults")).status).toBe(200);
    expect((await send(app, "DELETE", "/_mock/faults")).status).toBe(200);
    expect((await send(app, "POST", "/_mock/moneykit/links/mk_link_x/expire")).status).toBe(401); // there, behind the API's Bearer token
    expect((await send(app, "GET", "/_mock/attacker")).status).toBe(200);
  });

  it("MOCK_TEST_HOOKS takes 1 only", () => {
    expect(configFromEnv({ MOCK_TEST_HOOKS: "1" }).testHooks).toBe(true);
    for (const value of [undefined, "", "0", "true", "yes"])
      expect(configFromEnv({ MOCK_TEST_HOOKS: value }).testHooks).toBe(false);
  });

  it("startMockHost's testHooks takes true only", () => {
    expect(resolveConfig({ testHooks: true }).testHooks).toBe(true);
    for (const value of ["0", "false", 1, {}])
      expect(resolveConfig({ testHooks: value as never }).testHooks).toBe(false);
  });

  it("a rate limit that is not a whole number ≥ 1 is refused at start, not read as no limit", () => {
    for (const value of ["abc", "0", "-5", "1.5"])
      expect(() => configFromEnv({ MOCK_VA_RATE_LIMIT: value })).toThrow(/MOCK_VA_RATE_LIMIT must be a whole number/);
  });

  it("the banks' listener serves the hostile page only with them", async () => {
    const bank = (env: NodeJS.ProcessEnv) =>
      createBankApp(resolveConfig({ ...configFromEnv(env), port: 0, bankPort: 0 }), createStores());
    expect((await bank({}).request("/_mock/attacker")).status).toBe(404);
    expect((await bank({ MOCK_TEST_HOOKS: "1" }).request("/_mock/attacker")).status).toBe(200);
  });

  it("a look-alike listener, which serves the hostile page only, needs them", async () => {
    await expect(
      startMockHost({ ...configFromEnv({ MOCK_LOOKALIKE_PORT: "0" }), port: 0, bankPort: 0 }),
    ).rejects.toThrow(/MOCK_TEST_HOOKS/);
  });
});
