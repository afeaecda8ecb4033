// Benchmarks in Chromium against the mock host, each next to a raw baseline
// taken in the same run (issue 7): a plain frame from the same host answering
// one postMessage, and a bare MessagePort round trip. Starts the mock host and
// the fixture server itself and prints a table. Not part of the test gate:
// timings vary with the machine; only ratios from one run are compared.
// \`npm test\` runs it once quickly (BENCH_QUICK=1: few rounds, no timing read)
// so that a benchmark that breaks breaks the build.
import { CHROMIUM_LAUNCH } from "@framelink/test";
import { chromium } from "@playwright/test";
import { startServers } from "../e2e/engines/servers.js";
import type {} from "../e2e/fixtures/bench.js";
import type {} from "../e2e/fixtures/moneykit.js";
import { MERCHANT_ORIGIN, MOCK_HOST_ORIGIN } from "../e2e/origins.js";

const QUICK = process.env.BENCH_QUICK === "1";
const RUNS = Number(process.env.RUNS ?? (QUICK ? 2 : 30));
const ROUND_TRIPS = QUICK ? 20 : 300;
const CYCLES = QUICK ? 20 : 1000;
/** A person's pause between the page being ready and the click that opens Connect. */
const PAUSE_MS = QUICK ? 50 : 1000;

const stop = await startServers({ testHooks: false });
process.on("exit", stop);

async function post(path: string, init: RequestInit): Promise<Record<string, string>> {
  return (await (await fetch(`${MOCK_HOST_ORIGIN}${path}`, { method: "POST", ...init })).json()) as Record<
    string,
    string
  >;
}

const session = async (run: number) =>
  (
    await post("/platform/v1/session", {
      headers: { "Content-Type": "application/json", Authorization: "Api-Key sk_test_123" },
      body: JSON.stringify({ externalCustomerId: `bench-${Date.now()}-${run}`, deviceIp: "127.0.0.1" }),
    })
  ).sessionToken!;

async function linkSession(): Promise<string> {
  const { access_token } = await post("/auth/token", {
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: "mk_test_client",
      client_secret: "mk_test_secret",
    }),
  });
  const created = await post("/link-session", {
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${access_token}` },
    body: JSON.stringify({
      customer_user: { id: `bench-${Date.now()}` },
      redirect_uri: `${MERCHANT_ORIGIN}/moneykit-oauth.html`,
    }),
  });
  return created.link_session_token!;
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage();
await page.goto(`${MERCHANT_ORIGIN}/bench.html`);
await page.waitForFunction(() => "bench" in window);
// One warm-up pass: the first frame of a run pays for the browser's own set-up.
await page.evaluate(() => window.bench.rawFloor());

const raw: number[] = [];
const cold: number[] = [];
const warm: number[] = [];
const ready: number[] = [];
const rawConnect: number[] = [];
const rawCheck: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const token = await session(run);
  raw.push(await page.evaluate(() => window.bench.rawFloor()));
  rawCheck.push(await page.evaluate((t) => window.bench.rawCheck(t), await session(2 * RUNS + run)));
  rawConnect.push(await page.evaluate((t) => window.bench.rawConnect(t), await session(RUNS + run)));
  cold.push(await page.evaluate((t) => window.bench.coldCheck(t), token));
  warm.push(await page.evaluate(() => window.bench.warmCheck()));
  ready.push(await page.evaluate(() => window.bench.connectToReady()));
}
const port = await page.evaluate((rounds) => window.bench.portRoundTrip(rounds), ROUND_TRIPS);
const call = await page.evaluate((rounds) => window.bench.channelCall(rounds), ROUND_TRIPS);

const cdp = await page.context().newCDPSession(page);
const messageListeners = async () => {
  const { result } = await cdp.send("Runtime.evaluate", { expression: "window" });
  const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId! });
  return listeners.length;
};
const heap = async () => {
  await cdp.send("HeapProfiler.collectGarbage");
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
};
const listenersBefore = await messageListeners();
const heapBefore = await heap();
const iframesLeft = await page.evaluate((cycles) => window.bench.createDisposeCycles(cycles), CYCLES);
await page.waitForTimeout(500);
const heapAfter = await heap();
const listenersAfter = await messageListeners();

// Ours and the published @moneykit/connect on the same page, runs interleaved.
const toFirstScreen: number[] = [];
const realToFirstScreen: number[] = [];
for (let run = 0; run < RUNS; run++) {
  for (const [query, samples] of [
    ["", toFirstScreen],
    ["?client=real", realToFirstScreen],
  ] as const) {
    const token = await linkSession();
    await page.goto(`${MERCHANT_ORIGIN}/moneykit.html${query}`);
    await page.waitForFunction(() => "mk" in window);
    samples.push(await page.evaluate((t) => window.mk.timeToFirstScreen(t), token));
  }
}

// MoneyKit link() to Connect's first screen, cold and preloaded, on one page, runs interleaved (order alternating).
await page.goto(`${MERCHANT_ORIGIN}/bench.html`);
await page.waitForFunction(() => "bench" in window);
await page.evaluate(async (t) => window.bench.linkToFirstScreen(t, false, 0), await linkSession());
const coldScreen: number[] = [];
const preloadedScreen: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const arms = [
    [false, coldScreen],
    [true, preloadedScreen],
  ] as const;
  for (const [preload, samples] of run % 2 === 0 ? arms : [...arms].reverse()) {
    const token = await linkSession();
    samples.push(
      await page.evaluate(([t, p, pause]) => window.bench.linkToFirstScreen(t, p, pause), [
        token,
        preload,
        PAUSE_MS,
      ] as const),
    );
  }
}
await browser.close();

const floor = median(raw);
const rows: [string, string, string, string][] = [
  ["raw floor: plain frame + one postMessage answer", ms(floor), "", "baseline"],
  ["getConnection() cold ÷ raw floor", ms(median(cold)), (median(cold) / floor).toFixed(2), "≤ 1.10"],
  ["check frame by hand (no SDK)", ms(median(rawCheck)), "", "baseline"],
  [
    "getConnection() cold ÷ the same frame by hand",
    ms(median(cold)),
    (median(cold) / median(rawCheck)).toFixed(2),
    "≤ 1.10",
  ],
  ["getConnection() warm repeat", ms(median(warm)), "", "≤ 5 ms"],
  ["connect() to ready ÷ raw floor", ms(median(ready)), (median(ready) / floor).toFixed(2), "≤ 1.10"],
  ["connect frame to ready by hand (no SDK)", ms(median(rawConnect)), "", "baseline"],
  [
    "connect() to ready ÷ the same frame by hand",
    ms(median(ready)),
    (median(ready) / median(rawConnect)).toFixed(2),
    "≤ 1.10",
  ],
  ["bare MessagePort round trip", ms(port), "", "baseline"],
  ["one channel call ÷ MessagePort round trip", ms(call), (call / port).toFixed(2), "≤ 1.3"],
  [`${CYCLES} create→dispose: iframes left`, String(iframesLeft), "", "0"],
  [`${CYCLES} create→dispose: window listeners added`, String(listenersAfter - listenersBefore), "", "0"],
  [`${CYCLES} create→dispose: heap growth`, `${((heapAfter - heapBefore) / 1024).toFixed(0)} kB`, "", "< 1 MB"],
  ["@moneykit/connect 0.3.28 link() to first screen", ms(median(realToFirstScreen)), "", "baseline"],
  [
    "MoneyKit link() to first screen ÷ the real launcher",
    ms(median(toFirstScreen)),
    (median(toFirstScreen) / median(realToFirstScreen)).toFixed(2),
    "≤ 1.10",
  ],
  ["MoneyKit link() to first screen painted, cold", ms(median(coldScreen)), "", "baseline"],
  [
    "the same, preloaded ÷ cold",
    ms(median(preloadedScreen)),
    (median(preloadedScreen) / median(coldScreen)).toFixed(2),
    "≤ 0.25",
  ],
];
console.log(`Framelink benchmarks, Chromium, mock host on loopback; medians of ${RUNS} runs`);
console.log(`${"measure".padEnd(48)} ${"value".padStart(10)} ${"ratio".padStart(6)}  goal`);
for (const [name, value, ratio, goal] of rows)
  console.log(`${name.padEnd(48)} ${value.padStart(10)} ${ratio.padStart(6)}  ${goal}`);
stop();
process.exit(0);
