// Signed Virtual Accounts requests: what signing costs over a bare
// node:crypto sign loop (same run, same key, same payload size), and how many
// signed requests a second one client gets through against the mock host.
// Not part of the test gate: \`npm test\` runs it once quickly (BENCH_QUICK=1:
// few rounds, no timing read) so that a benchmark that breaks breaks the build.
// The full run: pnpm bench:signing.
import { generateKeyPairSync, sign } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createVirtualAccountsClient, signedRequest } from "@framelink/server";
import { startMockHostProcess } from "@framelink/test";

const QUICK = process.env.BENCH_QUICK === "1";
const SIGN_ROUNDS = Number(process.env.SIGN_ROUNDS ?? (QUICK ? 50 : 2000));
const REQUESTS = Number(process.env.REQUESTS ?? (QUICK ? 40 : 1000));
const CONCURRENCY = 8;

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const path = "/v1/virtual-accounts/transactions/onramp";
const params = [
  ["virtualAccountId", "va_onramp_completed"],
  ["pageSize", 50],
] as const;

function time(rounds: number, step: (i: number) => void): number {
  for (let i = 0; i < 50; i++) step(i);
  const started = performance.now();
  for (let i = 0; i < rounds; i++) step(i);
  return performance.now() - started;
}

const payloadOf = (i: number) =>
  `${path}?apiKey=pk_test_partner&timestamp=${1_700_000_000_000 + i}&virtualAccountId=va_onramp_completed&pageSize=50`;
const bare = time(SIGN_ROUNDS, (i) => sign("sha256", Buffer.from(payloadOf(i)), privateKey).toString("base64"));
const ours = time(SIGN_ROUNDS, (i) =>
  signedRequest("http://127.0.0.1:4800", path, "pk_test_partner", params, privateKey, 1_700_000_000_000 + i),
);

const host = await startMockHostProcess({ MOCK_VA_RATE_LIMIT: String(REQUESTS * 10) });
try {
  const client = createVirtualAccountsClient({
    baseUrl: host.url,
    publishableKey: host.publishableKey,
    privateKey: host.privateKey,
  });
  if (!client.ok) throw client.error;
  await client.value.listVirtualAccounts();
  const sequentialStarted = performance.now();
  for (let i = 0; i < REQUESTS / 4; i++) {
    const answer = await client.value.listVirtualAccounts();
    if (!answer.ok) throw answer.error;
  }
  const sequential = (REQUESTS / 4 / (performance.now() - sequentialStarted)) * 1000;
  let next = 0;
  const parallelStarted = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) {
        const answer = await client.value.listVirtualAccounts();
        if (!answer.ok) throw answer.error;
      }
    }),
  );
  const parallel = (REQUESTS / (performance.now() - parallelStarted)) * 1000;

  console.log(`Signing, ${SIGN_ROUNDS} rounds, RSA-2048 SHA-256`);
  console.log(`  bare node:crypto sign loop   ${((SIGN_ROUNDS / bare) * 1000).toFixed(0).padStart(7)} signatures/s`);
  console.log(`  signedRequest()              ${((SIGN_ROUNDS / ours) * 1000).toFixed(0).padStart(7)} requests/s`);
  console.log(`  cost ratio (ours ÷ bare)     ${(ours / bare).toFixed(3).padStart(7)}`);
  console.log(`Signed requests against the mock host (listVirtualAccounts, signature verified server-side)`);
  console.log(`  sequential                   ${sequential.toFixed(0).padStart(7)} requests/s`);
  console.log(`  ${CONCURRENCY} in flight                  ${parallel.toFixed(0).padStart(7)} requests/s`);
} finally {
  host.stop();
}
