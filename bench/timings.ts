// Measures, in Chromium against the mock host, what a merchant waits for:
// getConnection() cold (from createClient, frame load included) and warm
// (a repeat on the same client), and connect() until the frame's `ready`.
// Starts the mock host and the fixture server itself. Prints a table of
// medians and 90th percentiles. Not part of the test gate: timings vary with
// the machine; compare numbers taken in the same run.
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
import type {} from "../e2e/fixtures/moneykit.js";
import type {} from "../e2e/fixtures/moonpay.js";
import { MERCHANT_ORIGIN, MOCK_HOST_ORIGIN } from "../e2e/origins.js";

const RUNS = Number(process.env.RUNS ?? 30);

const servers = [
  spawn("pnpm", ["--silent", "--filter", "@framelink/mock-host", "start"], { stdio: "ignore", detached: true }),
  spawn("pnpm", ["--silent", "--filter", "@framelink/e2e", "preview"], { stdio: "ignore", detached: true }),
];
const stop = () => servers.forEach((server) => server.pid && process.kill(-server.pid, "SIGTERM"));
process.on("exit", stop);

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

async function session(customer: string): Promise<string> {
  const response = await fetch(`${MOCK_HOST_ORIGIN}/platform/v1/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Api-Key sk_test_123" },
    body: JSON.stringify({ externalCustomerId: customer, deviceIp: "127.0.0.1" }),
  });
  return ((await response.json()) as { sessionToken: string }).sessionToken;
}

async function linkSession(): Promise<string> {
  const auth = await fetch(`${MOCK_HOST_ORIGIN}/auth/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: "mk_test_client", client_secret: "mk_test_secret" }),
  });
  const { access_token } = (await auth.json()) as { access_token: string };
  const response = await fetch(`${MOCK_HOST_ORIGIN}/link-session`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${access_token}` },
    body: JSON.stringify({ customer_user: { id: `bench-${Date.now()}` }, redirect_uri: `${MERCHANT_ORIGIN}/moneykit-oauth.html` }),
  });
  return ((await response.json()) as { link_session_token: string }).link_session_token;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `${at(0.5).toFixed(1).padStart(7)} ms ${at(0.9).toFixed(1).padStart(7)} ms`;
}

await Promise.all([waitFor(`${MOCK_HOST_ORIGIN}/health`), waitFor(`${MERCHANT_ORIGIN}/moonpay.html`)]);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage();
const cold: number[] = [];
const warm: number[] = [];
const toReady: number[] = [];
let firstCold = 0;

for (let run = 0; run < RUNS; run++) {
  const token = await session(`bench-${Date.now()}-${run}`);
  await page.goto(`${MERCHANT_ORIGIN}/moonpay.html`);
  await page.waitForFunction(() => "fixture" in window);
  const timing = await page.evaluate(async (sessionToken) => {
    const t0 = performance.now();
    window.fixture.createClient(sessionToken);
    const first = (await window.fixture.getConnection()) as { ok: boolean };
    const t1 = performance.now();
    await window.fixture.getConnection();
    const t2 = performance.now();
    const ready = window.fixture.nextEvent("ready");
    await window.fixture.connect();
    const t3 = await ready;
    return { ok: first.ok, cold: t1 - t0, warm: t2 - t1, toReady: t3 - t2 };
  }, token);
  if (!timing.ok) throw new Error("getConnection failed during the benchmark");
  if (run === 0) firstCold = timing.cold;
  cold.push(timing.cold);
  warm.push(timing.warm);
  toReady.push(timing.toReady);
}

const toFirstScreen: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const token = await linkSession();
  await page.goto(`${MERCHANT_ORIGIN}/moneykit.html`);
  await page.waitForFunction(() => "mk" in window);
  toFirstScreen.push(await page.evaluate((linkSessionToken) => window.mk.timeToFirstScreen(linkSessionToken), token));
}
await browser.close();

console.log(`Framelink timings in Chromium against the mock host, ${RUNS} runs (first page load of the run: cold getConnection ${firstCold.toFixed(1)} ms)`);
console.log("measure                                   median      p90");
console.log(`getConnection() cold, from createClient  ${summary(cold)}`);
console.log(`getConnection() warm repeat              ${summary(warm)}`);
console.log(`connect() to ready (check already done)  ${summary(toReady)}`);
console.log(`MoneyKit link() to first screen          ${summary(toFirstScreen)}`);
stop();
process.exit(0);
