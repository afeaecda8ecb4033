import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFromEnv } from "../config.js";
import { type RunningMockHost, startMockHost } from "../server.js";

let host: RunningMockHost;
beforeAll(async () => {
  host = await startMockHost({ ...configFromEnv({}), port: 0, bankPort: 0 });
});
afterAll(() => host.stop());

async function token(
  form: Record<string, string> = {
    grant_type: "client_credentials",
    client_id: "mk_test_client",
    client_secret: "mk_test_secret",
  },
) {
  return fetch(`${host.url}/auth/token`, { method: "POST", body: new URLSearchParams(form) });
}

async function bearer(): Promise<string> {
  return ((await (await token()).json()) as { access_token: string }).access_token;
}

function post(path: string, accessToken: string, body: unknown) {
  return fetch(`${host.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${accessToken}` },
    body: JSON.stringify(body),
  });
}

describe("MoneyKit API on the mock host", () => {
  it("issues a bearer token for the test client, by form or Basic auth", async () => {
    const answer = (await (await token()).json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ token_type: "bearer", expires_in: 3600 });
    const basic = await fetch(`${host.url}/auth/token`, {
      method: "POST",
      headers: { Authorization: `Basic ${Buffer.from("mk_test_client:mk_test_secret").toString("base64")}` },
      body: new URLSearchParams({ grant_type: "client_credentials" }),
    });
    expect(basic.status).toBe(200);
  });

  it("refuses a wrong secret and calls without a token", async () => {
    expect(
      (await token({ grant_type: "client_credentials", client_id: "mk_test_client", client_secret: "nope" })).status,
    ).toBe(401);
    const anonymous = await post("/link-session", "mk_at_forged", { customer_user: { id: "u" } });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error_code: "api_error.auth.expired_access_token" });
  });

  it("creates a link session and validates its fields", async () => {
    const accessToken = await bearer();
    const ok = await post("/link-session", accessToken, {
      customer_user: { id: "u1" },
      redirect_uri: "http://localhost:4701/return",
      settings: { products: ["accounts"], countries: ["US"] },
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ link_session_token: expect.stringMatching(/^lst_/) });
    for (const bad of [
      {},
      { customer_user: { id: "u" }, redirect_uri: "javascript:alert(1)" },
      { customer_user: { id: "u" }, existing_link_id: "mk_link_missing" },
      { customer_user: { id: "u" }, settings: { products: ["mind_reading"] } },
      { customer_user: { id: "u" }, settings: { countries: ["FR"] } },
    ]) {
      const refused = await post("/link-session", accessToken, bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
      expect(await refused.json()).toMatchObject({ error_code: "api_error.invalid_request" });
    }
  });

  it("refuses an unknown exchangeable token", async () => {
    const refused = await post("/link-session/exchange-token", await bearer(), { exchangeable_token: "ex_unknown" });
    expect(refused.status).toBe(400);
  });
});
