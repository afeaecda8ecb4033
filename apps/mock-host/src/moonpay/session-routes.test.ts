import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFromEnv } from "../config.js";
import { type RunningMockHost, startMockHost } from "../server.js";

let host: RunningMockHost;
beforeAll(async () => {
  host = await startMockHost({ ...configFromEnv({}), port: 0, bankPort: 0 });
});
afterAll(() => host.close());

function createSession(headers: Record<string, string>, body: unknown) {
  return fetch(`${host.url}/platform/v1/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

const body = { externalCustomerId: "your_user_id", deviceIp: "127.0.0.1" };

describe("POST /platform/v1/session", () => {
  it("creates a single-use session token with seed 000's request", async () => {
    const response = await createSession({ Authorization: "Api-Key sk_test_123" }, body);
    expect(response.status).toBe(201);
    const { sessionToken } = (await response.json()) as { sessionToken: string };
    expect(sessionToken).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it("also takes the key in X-Api-Key", async () => {
    expect((await createSession({ "X-Api-Key": "sk_test_123" }, body)).status).toBe(201);
  });

  it.each([
    ["no key", {}],
    ["a wrong key", { Authorization: "Api-Key sk_test_wrong" }],
    ["a publishable key", { Authorization: "Api-Key pk_test_123" }],
    ["another scheme", { Authorization: "Bearer sk_test_123" }],
  ])("answers 401 with a JSON error for %s", async (_, headers) => {
    const response = await createSession(headers, body);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  });

  it.each([
    ["no customer", { deviceIp: "127.0.0.1" }],
    ["no device IP", { externalCustomerId: "u" }],
    ["a device IP that is not one", { externalCustomerId: "u", deviceIp: "...ip address from client" }],
    ["not an object", "hello"],
  ])("answers 400 for %s", async (_, badBody) => {
    const response = await createSession({ Authorization: "Api-Key sk_test_123" }, badBody);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalidRequest");
  });

  it("serves the frames with frame-ancestors limited to the allowed origins", async () => {
    const response = await fetch(`${host.url}/platform/v1/check-connection?channelId=ch_1`);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors http://localhost:*");
    expect(await response.text()).toContain('content="http://localhost:*"');
  });
});
