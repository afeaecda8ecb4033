import { generateKeyPairSync } from "node:crypto";
import { type MockHostProcess, startMockHostProcess } from "@framelink/test";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signedRequest } from "./signed-request.js";
import { createVirtualAccountsClient, type VirtualAccountsClientOptions } from "./virtual-accounts-client.js";

let host: MockHostProcess;
beforeAll(async () => {
  host = await startMockHostProcess();
}, 30_000);
afterAll(() => host.stop());
afterEach(() => host.clearFaults());

function client(overrides: Partial<VirtualAccountsClientOptions> = {}) {
  const created = createVirtualAccountsClient({
    baseUrl: host.url,
    publishableKey: host.publishableKey,
    privateKey: host.privateKey,
    retry: { baseDelayMs: 10 },
    ...overrides,
  });
  if (!created.ok) throw created.error;
  return created.value;
}

describe("Virtual Accounts against the mock host", () => {
  it("lists virtual accounts, filtered", async () => {
    const all = await client().listVirtualAccounts();
    expect(all.value?.map((account) => account.state).sort()).toEqual([
      "completed",
      "completed",
      "failed",
      "failed",
      "pending",
      "pending",
    ]);
    const mine = await client().listVirtualAccounts({ customerId: "cust_1" });
    expect(mine.value?.map((account) => account.id)).toEqual(["va_onramp_completed", "va_onramp_pending"]);
    const one = await client().listVirtualAccounts({ virtualAccountId: "va_offramp_failed" });
    expect(one.value).toHaveLength(1);
    expect(one.value?.[0]).toMatchObject({ type: "auto_off_ramp", state: "failed" });
  });

  it("pages through every on-ramp transaction, in every status", async () => {
    const all = await client().allOnRampTransactions({ virtualAccountId: "va_onramp_completed", pageSize: 50 });
    expect(all.value).toHaveLength(270);
    expect(new Set(all.value?.map((transaction) => transaction.status)).size).toBe(9);
  });

  it("delivers every transaction exactly once, in order, when a page fails with 500 mid-way", async () => {
    const reference = (await client().allOnRampTransactions({ virtualAccountId: "va_onramp_completed", pageSize: 40 }))
      .value!;
    await host.setFaults({ pathPrefix: "/v1/virtual-accounts", failRequests: [3, 5] });
    const pages: string[][] = [];
    for await (const page of client().onRampTransactionPages({
      virtualAccountId: "va_onramp_completed",
      pageSize: 40,
    })) {
      expect(page.ok).toBe(true);
      pages.push(page.value!.transactions.map((transaction) => transaction.id));
    }
    const ids = pages.flat();
    expect(ids).toEqual(reference.map((transaction) => transaction.id));
    expect(new Set(ids).size).toBe(270);
  });

  it("waits at least Retry-After after a 429, then succeeds", async () => {
    await host.setFaults({ pathPrefix: "/v1/virtual-accounts", failRequests: [1], status: 429, retryAfterSeconds: 1 });
    const started = Date.now();
    const answer = await client().listVirtualAccounts();
    expect(answer.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it.each([
    ["400 INVALID_REQUEST", {}, { virtualAccountId: "" }, 400, "INVALID_REQUEST"],
    [
      "401 INVALID_SIGNATURE (another key)",
      { privateKey: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey },
      undefined,
      401,
      "INVALID_SIGNATURE",
    ],
    [
      "401 INVALID_SIGNATURE (stale timestamp)",
      { now: () => Date.now() - 10 * 60 * 1000 },
      undefined,
      401,
      "INVALID_SIGNATURE",
    ],
    ["403 INVALID_API_KEY", { publishableKey: "pk_test_unknown" }, undefined, 403, "INVALID_API_KEY"],
  ] as const)("maps %s, without retrying", async (_, overrides, query, status, code) => {
    const answer = query
      ? await client(overrides).listOnRampTransactions({ ...query, pageSize: 10 })
      : await client(overrides).listVirtualAccounts();
    expect(answer.error).toMatchObject({ status, code, attempts: 1 });
  });

  it.each([
    [429, "RATE_LIMIT_EXCEEDED"],
    [500, "INTERNAL_ERROR"],
  ])("maps %i to %s after the bounded retries", async (status, code) => {
    await host.setFaults({ pathPrefix: "/v1/virtual-accounts", failRate: 1, status });
    const answer = await client({ retry: { attempts: 3, baseDelayMs: 1 } }).listVirtualAccounts();
    expect(answer.error).toMatchObject({ status, code, attempts: 3 });
  });

  it("refuses a replayed request", async () => {
    const request = signedRequest(
      host.url,
      "/v1/virtual-accounts",
      host.publishableKey,
      [],
      host.privateKey,
      Date.now(),
    );
    const first = await fetch(request.url, { headers: request.headers });
    const again = await fetch(request.url, { headers: request.headers });
    expect(first.status).toBe(200);
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({ success: false, error: { code: "INVALID_SIGNATURE" } });
  });

  it("signs every retry again with a fresh timestamp", async () => {
    await host.setFaults({ pathPrefix: "/v1/virtual-accounts", failRequests: [1] });
    let clock = Date.now();
    const answer = await client({ now: () => (clock += 1) }).listVirtualAccounts();
    // A replay of the first signature would have been refused with 401.
    expect(answer.ok).toBe(true);
  });

  it("stops at once when aborted mid-retry", async () => {
    await host.setFaults({ pathPrefix: "/v1/virtual-accounts", failRate: 1 });
    const controller = new AbortController();
    const started = Date.now();
    const pending = client({ retry: { attempts: 5, baseDelayMs: 10_000, maxDelayMs: 10_000 } }).listVirtualAccounts(
      {},
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 200);
    const answer = await pending;
    expect(answer.error?.code).toBe("ABORTED");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("times out a slow answer, and retries a dropped connection", async () => {
    await host.setFaults({ pathPrefix: "/v1/virtual-accounts", delayMs: 400 });
    expect((await client({ timeoutMs: 50, retry: { attempts: 1 } }).listVirtualAccounts()).error?.code).toBe("TIMEOUT");
    await host.setFaults({ pathPrefix: "/v1/virtual-accounts", dropRequests: [1] });
    const dropped = await client({ retry: { attempts: 1 } }).listVirtualAccounts();
    expect(dropped.error?.code).toBe("NETWORK_ERROR");
    await host.setFaults({ pathPrefix: "/v1/virtual-accounts", dropRequests: [1] });
    expect((await client().listVirtualAccounts()).ok).toBe(true);
  });

  it("refuses a secret key or a bad private key before any request", () => {
    const secret = createVirtualAccountsClient({ publishableKey: "sk_test_123", privateKey: host.privateKey });
    expect(secret.error?.code).toBe("WRONG_KEY_KIND");
    expect(secret.error?.message).not.toContain("sk_test_123");
    expect(
      createVirtualAccountsClient({ publishableKey: host.publishableKey, privateKey: "not a key" }).error?.code,
    ).toBe("INVALID_ARGUMENT");
  });
});
