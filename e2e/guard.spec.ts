import { MOCK_HOST_ORIGIN } from "./origins.js";
import { test } from "./support/guard.js";
import { createSession, customer, openMerchant } from "./support/moonpay.js";

// The guard around every test (support/guard.ts) must be able to fail: each
// of these plants what it looks for, and is expected to fail because of it.

test.beforeEach(async ({ page }) => openMerchant(page));

test("a session token left in localStorage fails the test", async ({ page, request }) => {
  test.fail(true, "the guard finds the token in storage");
  const token = await createSession(request, customer());
  await page.evaluate((t) => localStorage.setItem("session", t), token);
});

test("a session token in the page's URL fails the test", async ({ page, request }) => {
  test.fail(true, "the guard finds the token in the page's URL");
  const token = await createSession(request, customer());
  await page.evaluate((t) => history.replaceState(null, "", `?token=${encodeURIComponent(t)}`), token);
});

test("a token in a MoonPay frame's URL under a parameter MoonPay's protocol does not name fails the test", async ({
  page,
  request,
}) => {
  test.fail(true, "the guard allows tokens only in the parameters the protocol names");
  const token = await createSession(request, customer());
  // On the merchant's own server (which answers 404): the guard sees the URL, and the mock host's log stays clean for the after-run scan.
  await page.evaluate((t) => {
    const frame = document.createElement("iframe");
    frame.referrerPolicy = "no-referrer";
    frame.src = `/platform/v1/check-connection?channelId=ch_guard&debug=${encodeURIComponent(t)}`;
    document.body.append(frame);
  }, token);
  await page.waitForTimeout(500);
});

test("a message to a MoonPay frame that is not a v2 JSON string on its channel fails the test", async ({ page }) => {
  test.fail(true, "the guard checks every message between a page and MoonPay's frames");
  await page.evaluate(async (origin) => {
    const frame = document.createElement("iframe");
    frame.src = `${origin}/platform/v1/reset?channelId=ch_guard`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
    frame.contentWindow!.postMessage({ version: 2, meta: { channelId: "ch_guard" }, kind: "ack" }, origin);
  }, MOCK_HOST_ORIGIN);
  await page.waitForTimeout(500);
});

test("a secret in the console fails the test", async ({ page, request }) => {
  test.fail(true, "the guard finds the token in the console");
  const token = await createSession(request, customer());
  await page.evaluate((t) => console.info("debug", t), token);
});

test("a Content-Security-Policy violation fails the test", async ({ page }) => {
  test.fail(true, "the guard sees the violation");
  await page.evaluate(() => {
    const style = document.createElement("div");
    style.setAttribute("style", "color: red");
    document.body.append(style);
  });
});
