import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockHostProcess, startMockHostProcess } from "../mock-host-process.test-helper.js";
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
    const client = createMoneyKitClient({ baseUrl: host.url, clientId: "mk_test_client", clientSecret: "mk_test_secret", fetch: fetchCounting }).value!;
    const input = { customer_user: { id: "u1" }, redirect_uri: "http://localhost:4701/moneykit-oauth.html", settings: { products: ["accounts"], countries: ["US"] } };
    expect((await client.createLinkSession(input)).value?.link_session_token).toMatch(/^lst_/);
    expect((await client.createLinkSession(input)).ok).toBe(true);
    expect(calls.filter((path) => path === "/auth/token")).toHaveLength(1);
  });

  it("renews the token before it expires", async () => {
    const { calls, fetchCounting } = counting();
    let now = Date.now();
    const client = createMoneyKitClient({ baseUrl: host.url, clientId: "mk_test_client", clientSecret: "mk_test_secret", fetch: fetchCounting, now: () => now }).value!;
    await client.createLinkSession({ customer_user: { id: "u2" } });
    now += 3600_000 - 30_000;
    await client.createLinkSession({ customer_user: { id: "u2" } });
    expect(calls.filter((path) => path === "/auth/token")).toHaveLength(2);
  });

  it("maps refusals: a wrong secret, an unknown exchangeable token, an unknown link", async () => {
    const wrong = createMoneyKitClient({ baseUrl: host.url, clientId: "mk_test_client", clientSecret: "nope" }).value!;
    expect((await wrong.createLinkSession({ customer_user: { id: "u" } })).error).toMatchObject({ code: "UNAUTHORIZED", status: 401 });
    const client = createMoneyKitClient({ baseUrl: host.url, clientId: "mk_test_client", clientSecret: "mk_test_secret" }).value!;
    expect((await client.exchangeToken("ex_unknown")).error).toMatchObject({ code: "INVALID_REQUEST", status: 400 });
    expect((await client.getAccounts("mk_link_unknown")).error).toMatchObject({ code: "NOT_FOUND" });
  });
});
