import { type MockHostProcess, startMockHostProcess } from "@framelink/test";
import { afterAll, beforeAll, expect, it } from "vitest";
import { signedRequest } from "./signed-request.js";
import { createVirtualAccountsClient } from "./virtual-accounts-client.js";

let host: MockHostProcess;
beforeAll(async () => {
  host = await startMockHostProcess({ MOCK_VA_RATE_LIMIT: "3" });
}, 30_000);
afterAll(() => host.stop());

it("the mock host answers 429 with Retry-After past the per-key limit, and the client's limiter avoids it", async () => {
  const client = (limit?: number) =>
    createVirtualAccountsClient({
      baseUrl: host.url,
      publishableKey: host.publishableKey,
      privateKey: host.privateKey,
      retry: { attempts: 1 },
      ...(limit ? { requestsPerMinute: limit } : {}),
    }).value!;
  const eager = client();
  const answers = [];
  for (let i = 0; i < 4; i++) answers.push(await eager.listVirtualAccounts());
  expect(answers.slice(0, 3).every((answer) => answer.ok)).toBe(true);
  expect(answers[3]!.error).toMatchObject({ code: "RATE_LIMIT_EXCEEDED", status: 429 });
  const request = signedRequest(host.url, "/v1/virtual-accounts", host.publishableKey, [], host.privateKey, Date.now());
  const raw = await fetch(request.url, { headers: request.headers });
  expect(raw.status).toBe(429);
  expect(Number(raw.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);

  const careful = client(1);
  expect((await careful.listVirtualAccounts()).error?.code).toBe("RATE_LIMIT_EXCEEDED");
  const controller = new AbortController();
  const waiting = careful.listVirtualAccounts({}, { signal: controller.signal });
  setTimeout(() => controller.abort(), 100);
  // The limiter held the second request back instead of sending it into a 429.
  expect((await waiting).error?.code).toBe("ABORTED");
});
