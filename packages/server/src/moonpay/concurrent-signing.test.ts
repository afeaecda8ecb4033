import { type MockHostProcess, startMockHostProcess } from "@framelink/test";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createVirtualAccountsClient } from "./virtual-accounts-client.js";

// Issue 17: identical calls started in the same millisecond were signed over
// the same payload (same timestamp; RSA-SHA256 is deterministic), and the
// mock host, like MoonPay, refused the second as a replay. A rate limit high
// enough that only the replay check can refuse anything.

let host: MockHostProcess;
beforeAll(async () => {
  host = await startMockHostProcess({ MOCK_VA_RATE_LIMIT: "100000" });
}, 30_000);
afterAll(() => host.stop());

it("200 identical calls with 16 in flight all succeed: no two carry the same signed payload", async () => {
  const created = createVirtualAccountsClient({
    baseUrl: host.url,
    publishableKey: host.publishableKey,
    privateKey: host.privateKey,
  });
  if (!created.ok) throw created.error;
  const client = created.value;
  let next = 0;
  const refused: string[] = [];
  let succeeded = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next++ < 200) {
        const answer = await client.listVirtualAccounts();
        if (answer.ok) succeeded++;
        else refused.push(answer.error.message);
      }
    }),
  );
  expect(refused).toEqual([]);
  expect(succeeded).toBe(200);
}, 60_000);
