import { type MockHostProcess, startMockHostProcess } from "@framelink/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMoneyKitClient } from "./moneykit-client.js";

let host: MockHostProcess;
beforeAll(async () => {
  host = await startMockHostProcess();
}, 30_000);
afterAll(() => host.stop());

function counting() {
  const calls: string[] = [];
  const fetchCounting: typeof fetch = (input, init) => {
    calls.push(new URL(String(input)).pathname);
    return fetch(input, init);
  };
  return { calls, fetchCounting };
}

describe("MoneyKit server client", () => {
  it("creates link sessions with one cached access token", async () => {
    const { calls, fetchCounting } = counting();
    const client = createMoneyKitClient({
      baseUrl: host.url,
      clientId: "mk_test_client",
      clientSecret: "mk_test_secret",
      fetch: fetchCounting,
    }).value!;
    const input = {
      customer_user: { id: "u1" },
      redirect_uri: "http://localhost:4701/moneykit-oauth.html",
      settings: { products: ["accounts"], countries: ["US"] },
    };
    expect((await client.createLinkSession(input)).value?.link_session_token).toMatch(/^lst_/);
    expect((await client.createLinkSession(input)).ok).toBe(true);
    expect(calls.filter((path) => path === "/auth/token")).toHaveLength(1);
  });

  it("renews the token before it expires", async () => {
    const { calls, fetchCounting } = counting();
    let now = Date.now();
    const client = createMoneyKitClient({
      baseUrl: host.url,
      clientId: "mk_test_client",
      clientSecret: "mk_test_secret",
      fetch: fetchCounting,
      now: () => now,
    }).value!;
    await client.createLinkSession({ customer_user: { id: "u2" } });
    now += 3600_000 - 30_000;
    await client.createLinkSession({ customer_user: { id: "u2" } });
    expect(calls.filter((path) => path === "/auth/token")).toHaveLength(2);
  });

  it("maps refusals: a wrong secret, an unknown exchangeable token, an unknown link", async () => {
    const wrong = createMoneyKitClient({ baseUrl: host.url, clientId: "mk_test_client", clientSecret: "nope" }).value!;
    expect((await wrong.createLinkSession({ customer_user: { id: "u" } })).error).toMatchObject({
      code: "UNAUTHORIZED",
      status: 401,
    });
    const client = createMoneyKitClient({
      baseUrl: host.url,
      clientId: "mk_test_client",
      clientSecret: "mk_test_secret",
    }).value!;
    expect((await client.exchangeToken("ex_unknown")).error).toMatchObject({ code: "INVALID_REQUEST", status: 400 });
    expect((await client.getAccounts("mk_link_unknown")).error).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("MoneyKit access token renewal", () => {
  it("fetches a new token and tries once more when the API says the token expired", async () => {
    const tokens: string[] = [];
    let refusedOnce = false;
    const fakeFetch: typeof fetch = async (input, init) => {
      const path = new URL(String(input)).pathname;
      if (path === "/auth/token") {
        tokens.push(`mk_at_${tokens.length}`);
        return Response.json({ access_token: tokens.at(-1), token_type: "bearer", expires_in: 3600 });
      }
      const auth = new Headers(init?.headers).get("authorization");
      if (!refusedOnce) {
        refusedOnce = true;
        return Response.json(
          { error_code: "api_error.auth.expired_access_token", error_message: "expired" },
          { status: 401 },
        );
      }
      return Response.json({ link_session_token: `lst_for_${auth}` });
    };
    const client = createMoneyKitClient({
      baseUrl: "http://127.0.0.1:9",
      clientId: "id",
      clientSecret: "secret",
      fetch: fakeFetch,
    }).value!;
    const session = await client.createLinkSession({ customer_user: { id: "u" } });
    expect(tokens).toEqual(["mk_at_0", "mk_at_1"]);
    expect(session.value?.link_session_token).toBe("lst_for_Bearer mk_at_1");
  });
});
