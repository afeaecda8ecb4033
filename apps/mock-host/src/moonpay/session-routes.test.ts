import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFromEnv } from "../config.js";
import { type RunningMockHost, startMockHost } from "../server.js";

let host: RunningMockHost;
beforeAll(async () => {
  host = await startMockHost({ ...configFromEnv({}), port: 0, bankPort: 0 });
});
afterAll(() => host.stop());

function createSession(headers: Record<string, string>, body: unknown, path = "/platform/v1/session") {
  return fetch(`${host.url}${path}`, {
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
    expect(((await response.json()) as { code: string }).code).toBe("unauthorized");
  });

  it.each([
    ["no customer", { deviceIp: "127.0.0.1" }],
    ["no device IP", { externalCustomerId: "u" }],
    ["a device IP that is not one", { externalCustomerId: "u", deviceIp: "...ip address from client" }],
    ["not an object", "hello"],
  ])("answers 400 for %s", async (_, badBody) => {
    const response = await createSession({ Authorization: "Api-Key sk_test_123" }, badBody);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe("invalid_request");
  });

  it.each([
    ["an email without a phone number", { email: "a@example.com" }],
    ["a phone number not in E.164", { email: "a@example.com", phoneNumber: "555 0123" }],
    ["terms accepted in the future", { termsAcceptedAt: new Date(Date.now() + 120_000).toISOString() }],
  ])("answers 400 for %s", async (_, extra) => {
    const response = await createSession(
      { "X-Api-Key": "sk_test_123" },
      { ...body, ...extra },
      "/platform/v1/sessions",
    );
    expect(response.status).toBe(400);
  });
});

describe("POST /platform/v1/sessions and DELETE /platform/v1/sessions", () => {
  it("creates a session with the current API's path, 200, with a request id", async () => {
    const response = await createSession(
      { "X-Api-Key": "sk_test_123" },
      { ...body, email: "a@example.com", phoneNumber: "+14155550123", termsAcceptedAt: new Date().toISOString() },
      "/platform/v1/sessions",
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toMatch(/^req_/);
  });

  it("ends a customer's sessions: 204, and the token is refused afterwards", async () => {
    const created = await createSession(
      { "X-Api-Key": "sk_test_123" },
      { externalCustomerId: "leaving-lea", deviceIp: "127.0.0.1" },
      "/platform/v1/sessions",
    );
    const { sessionToken } = (await created.json()) as { sessionToken: string };
    const removed = await fetch(`${host.url}/platform/v1/sessions?externalCustomerId=leaving-lea`, {
      method: "DELETE",
      headers: { "X-Api-Key": "sk_test_123" },
    });
    expect(removed.status).toBe(204);
    const check = await fetch(`${host.url}/frame-api/moonpay/check`, {
      method: "POST",
      // As the check frame's own fetch: the frame backend answers nobody else.
      headers: { "Content-Type": "application/json", Origin: host.url },
      body: JSON.stringify({ sessionToken, publicKey: "11".repeat(32) }),
    });
    expect(((await check.json()) as { error: { code: string } }).error.code).toBe("invalidSessionToken");
  });

  it("serves the frames with frame-ancestors limited to the allowed origins", async () => {
    const response = await fetch(`${host.url}/platform/v1/check-connection?channelId=ch_1`);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors http://localhost:*");
    expect(await response.text()).toContain('content="http://localhost:*"');
  });
});
