import { prototypeSnapshot } from "@framelink/test";
import type { Frame, Page } from "@playwright/test";
import { MOCK_HOST_ORIGIN } from "./origins.js";
import { expect, SENDS_FOREIGN_FRAME_MESSAGES, test } from "./support/guard.js";
import { createLinkSession } from "./support/moneykit.js";
import { completeConnect, createSession, customer } from "./support/moonpay.js";

// Issues 8 and 12, malformed input, in Chromium: the fast-check generator of
// the unit fuzz tests (packages/protocol/src/fuzz.test-helper.ts, objects and
// MoonPay's JSON strings) runs in the merchant page and throws 10,000 hostile
// messages at each listener a page can reach: the page's own window (the
// SDK's listeners), and each SDK frame's window (the frames' listeners, from
// their parent). Then hostile parent messages at each MoonPay frame before
// its `ack`, and hostile messages on MoneyKit's resume BroadcastChannel over a
// channel of the test's own. Expected: no crash, no unhandled rejection (the
// guard), no prototype touched, no event fired, and every frame still working.

const RUNS = 10_000;
const CALLS = 500;

test.describe.configure({ timeout: 120_000 });

// Runs in the page and, serialised, in each frame: it uses only built-ins.
const prototypes = prototypeSnapshot;

async function openHostilePage(page: Page, request: Parameters<typeof createSession>[0]): Promise<void> {
  await page.goto("/hostile.html");
  await page.waitForFunction(() => "hostile" in window && "hostileFuzz" in window);
  await page.evaluate((token) => window.hostile.createMoonPay(token), await createSession(request, customer()));
  expect(await page.evaluate(() => window.hostile.getConnection())).toEqual({ ok: true, status: "connectionRequired" });
  await page.evaluate(() => window.hostile.openConnect());
  await page.evaluate((token) => window.hostile.openMoneyKit(token), await createLinkSession(request));
}

function framesOf(page: Page): Frame[] {
  return page.frames().filter((frame) => frame.url().startsWith(MOCK_HOST_ORIGIN));
}

const FOREIGN = {
  annotation: {
    type: SENDS_FOREIGN_FRAME_MESSAGES,
    description: "the page sends the frames what is not their protocol, on purpose",
  },
};

test(
  `${RUNS} hostile messages at the page and at each SDK frame: nothing fires, nothing breaks, no prototype touched`,
  FOREIGN,
  async ({ page, request }) => {
    await openHostilePage(page, request);
    const before = await page.evaluate(prototypes);
    const framesBefore = await Promise.all(framesOf(page).map((frame) => frame.evaluate(prototypes)));
    // The check frame has answered and gone; the connect frame and MoneyKit Connect are open.
    expect(framesBefore).toHaveLength(2);

    const atPage = await page.evaluate((count) => window.hostileFuzz.atPage(count, 1), RUNS);
    const atFrames = [];
    for (const [index, selector] of ["#connect-container iframe", "#moneykit-container iframe"].entries()) {
      atFrames.push(
        await page.evaluate(({ s, count, seed }) => window.hostileFuzz.atFrame(s, count, seed), {
          s: selector,
          count: RUNS,
          seed: 10 + index,
        }),
      );
    }
    await page.waitForTimeout(500);
    test.info().annotations.push({ type: "fuzz", description: JSON.stringify({ atPage, atFrames }) });
    expect(atPage.sent).toBeGreaterThan(RUNS * 0.9);
    for (const sent of atFrames) expect(sent.sent).toBeGreaterThan(RUNS * 0.8);

    expect(await page.evaluate(() => window.hostile.state())).toEqual({
      events: ["ready"],
      callbacks: [],
      credentials: false,
      iframes: 2,
    });
    expect(await page.evaluate(prototypes)).toBe(before);
    expect(await Promise.all(framesOf(page).map((frame) => frame.evaluate(prototypes)))).toEqual(framesBefore);
    // The connect frame still runs its flow for the SDK, to the end.
    await page.evaluate(() => window.hostile.closeMoneyKit());
    await completeConnect(page);
    await expect.poll(() => page.evaluate(() => window.hostile.state().events)).toEqual(["ready", "complete"]);
  },
);

// What each MoonPay frame does after the `ack`, without tokens in its URL: report a configuration problem, or (reset) sign nothing out.
const MOONPAY_FRAMES = [
  ["the check frame", "/platform/v1/check-connection", "error"],
  ["the connect frame", "/platform/v1/connect", "error"],
  ["the Apple Pay frame", "/platform/v1/apple-pay", "error"],
  ["the Google Pay frame", "/platform/v1/google-pay", "error"],
  ["the Buy frame", "/platform/v1/buy", "error"],
  ["the Buy button frame", "/platform/v1/buy-button", "error"],
  ["the widget frame", "/platform/v1/widget", "error"],
  ["the reset frame", "/platform/v1/reset", "complete"],
] as const;

for (const [name, path, after] of MOONPAY_FRAMES) {
  test(
    `${CALLS} hostile parent messages at ${name} before its ack: none taken, and the real ack still starts it`,
    FOREIGN,
    async ({ page }) => {
      await page.goto("/hostile.html");
      await page.waitForFunction(() => "hostileFuzz" in window);
      const before = await page.evaluate(prototypes);
      const result = await page.evaluate(({ p, count }) => window.hostileFuzz.parentMessages(p, count, 12), {
        p: path,
        count: CALLS,
      });
      test.info().annotations.push({ type: "fuzz", description: JSON.stringify(result) });
      expect(result.sent).toBeGreaterThan(CALLS * 0.8);
      expect(result.beforeAck).toBe(0);
      expect(result.afterAck[0]).toBe(after);
      expect(await page.evaluate(prototypes)).toBe(before);
    },
  );
}

test(`${RUNS} hostile messages and a forged \`link.resume\` on MoneyKit's resume BroadcastChannel: nothing fires, Connect goes on`, async ({
  page,
  request,
}) => {
  await openHostilePage(page, request);
  const result = await page.evaluate((count) => window.hostileFuzz.atResumeChannel(count, 21), RUNS);
  test.info().annotations.push({ type: "fuzz", description: JSON.stringify(result) });
  expect(result.sent).toBeGreaterThan(RUNS * 0.9);
  // Only the well-formed forged link.resume is forwarded; Connect, not waiting for a bank, ignores it.
  expect(result.taken).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => window.hostile.state())).toEqual({
    events: ["ready"],
    callbacks: [],
    credentials: false,
    iframes: 2,
  });
  const connect = page.frameLocator("#moneykit-container iframe");
  await connect.getByRole("button", { name: "Continue" }).click();
  await expect(connect.getByLabel("Search banks")).toBeVisible();
});
