import { type MockHostProcess, startMockHostProcess } from "@framelink/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMoonPayClient } from "./moonpay-client.js";

let host: MockHostProcess;
beforeAll(async () => {
  host = await startMockHostProcess();
}, 30_000);
afterAll(() => host.stop());

describe("MoonPay server client", () => {
  it("creates a connect session with the secret key", async () => {
    const client = createMoonPayClient({ baseUrl: host.url, secretKey: "sk_test_123" }).value!;
    const session = await client.createSession({ externalCustomerId: "your_user_id", deviceIp: "127.0.0.1" });
    expect(session.value?.sessionToken).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it("creates a session with the current API's path and header, email, phone number and terms, then revokes the customer's sessions", async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const recording: typeof fetch = (url, init) => {
      sent.push({ url: String(url), init: init! });
      return fetch(url, init);
    };
    const client = createMoonPayClient({ baseUrl: host.url, secretKey: "sk_test_123", fetch: recording }).value!;
    const input = {
      externalCustomerId: "kim",
      deviceIp: "127.0.0.1",
      email: "kim@example.com",
      phoneNumber: "+14155550123",
      termsAcceptedAt: new Date().toISOString(),
    };
    expect((await client.createSession(input)).ok).toBe(true);
    expect(sent[0]!.url).toBe(`${host.url}/platform/v1/sessions`);
    expect(sent[0]!.init.headers).toMatchObject({ "X-Api-Key": "sk_test_123" });
    expect(JSON.parse(sent[0]!.init.body as string)).toEqual(input);
    expect(await client.revokeSessions("kim")).toEqual({ ok: true, value: undefined });
    expect(sent[1]!.url).toBe(`${host.url}/platform/v1/sessions?externalCustomerId=kim`);
    expect(sent[1]!.init.method).toBe("DELETE");
  });

  it("refuses a publishable key where the secret one is needed, before any request", () => {
    let requests = 0;
    const created = createMoonPayClient({
      secretKey: "pk_test_123",
      fetch: () => {
        requests += 1;
        return Promise.reject(new Error("no"));
      },
    });
    expect(created.error?.code).toBe("WRONG_KEY_KIND");
    expect(created.error?.message).not.toContain("pk_test_123");
    expect(requests).toBe(0);
  });

  it("maps a wrong secret key to UNAUTHORIZED, without the key in the message", async () => {
    const client = createMoonPayClient({ baseUrl: host.url, secretKey: "sk_test_wrong" }).value!;
    const answer = await client.createSession({ externalCustomerId: "u", deviceIp: "127.0.0.1" });
    expect(answer.error).toMatchObject({ code: "UNAUTHORIZED", status: 401 });
    expect(answer.error?.message).not.toContain("sk_test_wrong");
  });

  it("reads a Buy transaction of seed 003, and 404 for an unknown id", async () => {
    const client = createMoonPayClient({ baseUrl: host.url, publishableKey: "pk_test_123" }).value!;
    const transaction = await client.getBuyTransaction("tx_failed_sepa_bank_transfer");
    expect(transaction.value).toMatchObject({
      status: "failed",
      paymentMethod: "sepa_bank_transfer",
      failureReason: "card_declined",
    });
    expect(typeof transaction.value?.walletAddress).toBe("string");
    expect(transaction.value?.currency.type).toBe("crypto");
    expect(transaction.value?.baseCurrency.type).toBe("fiat");
    expect((await client.getBuyTransaction("tx_missing")).error).toMatchObject({
      code: "NOT_FOUND",
      status: 404,
      attempts: 1,
    });
  });

  it("refuses to put a secret key in a URL", () => {
    expect(createMoonPayClient({ publishableKey: "sk_test_123" }).error?.code).toBe("WRONG_KEY_KIND");
  });
});
