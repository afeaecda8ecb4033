import { type MockHostProcess, startMockHostProcess } from "@framelink/test";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ServerError, ServerErrorCode } from "../server-error.js";
import { createVirtualAccountsClient } from "./virtual-accounts-client.js";

// Issue 8's load case: 5,000 signed requests against the mock host with 5 %
// of them failing (500) and the per-key rate limit on (429 + Retry-After):
// every request ends in success or a typed error, and paging delivers every
// record exactly once.

const REQUESTS = 5_000;
const IN_FLIGHT = 8;
const PAGE_SIZE = 10;
const ACCOUNT = "va_onramp_completed";

let host: MockHostProcess;
beforeAll(async () => {
  host = await startMockHostProcess({ MOCK_VA_RATE_LIMIT: "250", MOCK_VA_RATE_WINDOW_MS: "1000" });
  await host.setFaults({ pathPrefix: "/v1/virtual-accounts", failRate: 0.05, status: 500 });
}, 30_000);
afterAll(() => host.stop());

it(`${REQUESTS} signed requests with 5 % faults and the rate limit on: each ends in success or a typed error, pages deliver each record once`, async () => {
  const statuses = new Map<number, number>();
  const counting: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    return response;
  };
  const client = createVirtualAccountsClient({
    baseUrl: host.url,
    publishableKey: host.publishableKey,
    privateKey: host.privateKey,
    retry: { attempts: 6, baseDelayMs: 5, maxDelayMs: 200 },
    fetch: counting,
  }).value!;

  const reference = (
    await createVirtualAccountsClient({
      baseUrl: host.url,
      publishableKey: host.publishableKey,
      privateKey: host.privateKey,
      retry: { attempts: 20, baseDelayMs: 5 },
    }).value!.allOnRampTransactions({ virtualAccountId: ACCOUNT, pageSize: 100 })
  ).value!.map((transaction) => transaction.id);
  expect(reference).toHaveLength(270);

  let sent = 0;
  let succeeded = 0;
  const errors = new Map<string, number>();
  const passes: string[][] = [];
  const documented = new Set<string>(Object.values(ServerErrorCode));

  /** One paging pass over the account: a signed request per page. */
  async function pass(): Promise<void> {
    const ids: string[] = [];
    for await (const page of client.onRampTransactionPages({ virtualAccountId: ACCOUNT, pageSize: PAGE_SIZE })) {
      sent++;
      if (!page.ok) {
        expect(page.error).toBeInstanceOf(ServerError);
        expect(documented.has(page.error.code)).toBe(true);
        errors.set(page.error.code, (errors.get(page.error.code) ?? 0) + 1);
        return;
      }
      succeeded++;
      ids.push(...page.value.transactions.map((transaction) => transaction.id));
      if (sent >= REQUESTS && page.value.nextCursor) return;
    }
    passes.push(ids);
  }

  const workers = Array.from({ length: IN_FLIGHT }, async () => {
    while (sent < REQUESTS) await pass();
  });
  await Promise.all(workers);

  expect(succeeded + [...errors.values()].reduce((sum, count) => sum + count, 0)).toBe(sent);
  expect(sent).toBeGreaterThanOrEqual(REQUESTS);
  // Both kinds of fault really happened, and were ridden out.
  expect(statuses.get(500) ?? 0).toBeGreaterThan(REQUESTS * 0.02);
  expect(statuses.get(429) ?? 0).toBeGreaterThan(0);
  expect(passes.length).toBeGreaterThan(100);
  for (const ids of passes) expect(ids).toEqual(reference);
  process.stdout.write(
    `load: ${sent} signed requests, ${succeeded} succeeded, errors ${JSON.stringify(Object.fromEntries(errors))}; ` +
      `attempts by status ${JSON.stringify(Object.fromEntries(statuses))}; ${passes.length} complete paging passes, each record once\n`,
  );
}, 240_000);
