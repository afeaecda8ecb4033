import type { Page } from "@playwright/test";
import { expect, test } from "./support/guard.js";
import {
  CONNECT_IFRAME,
  calls,
  chooseBank,
  connect,
  createLinkSession,
  eventNames,
  linkAccounts,
  logIn,
  openLinkPage,
  outcome,
} from "./support/moneykit.js";

// MoneyKit#preload (a Framelink extra): Connect loads hidden for a token, and
// the next link() with that token shows it without loading it again.

/** Counts the loads of Connect's page (/start, /relink, /continue) in the page's frames, by token. */
function connectLoads(page: Page): string[] {
  const loads: string[] = [];
  page.on("request", (sent) => {
    const url = new URL(sent.url());
    if (sent.resourceType() === "document" && /^\/(start|relink|continue)$/.test(url.pathname))
      loads.push(url.searchParams.get("linkSessionToken") ?? "");
  });
  return loads;
}

/** Whether keys typed now would reach Connect's document: the frame's own view of focus, not the page's. */
function connectHasFocus(page: Page): Promise<boolean> {
  return connect(page)
    .locator("body")
    .evaluate(() => document.hasFocus());
}

test.beforeEach(async ({ page }) => openLinkPage(page));

test("a preloaded Connect is hidden and inert; link() shows it at once, with the events it sent while hidden", async ({
  page,
  request,
}) => {
  const loads = connectLoads(page);
  const token = await createLinkSession(request);
  await page.locator("#link-bank").focus();
  expect(await page.evaluate((t) => window.mk.preload(t), token)).toBe(true);
  const iframe = page.locator(CONNECT_IFRAME);
  await expect(iframe).toHaveCount(1);
  await expect(iframe).toBeHidden();
  expect(await iframe.evaluate((element: HTMLIFrameElement) => element.inert)).toBe(true);
  // Connect draws its first screen (and focuses its button) while hidden: the page keeps its focus, and its clicks.
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeAttached();
  await expect.poll(() => connectHasFocus(page)).toBe(false);
  await expect(page.locator("#link-bank")).toBeFocused();
  await page.locator("#link-bank").click();
  expect(await calls(page)).toEqual([]);

  await page.evaluate((t) => window.mk.link(t), token);
  await expect(iframe).toBeVisible();
  await expect(iframe).toBeFocused();
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeVisible();
  // The events Connect sent while hidden come first, in order.
  expect(eventNames(await calls(page))[0]).toBe("screen:consent");
  await chooseBank(connect(page), "Plain Savings Bank");
  await logIn(connect(page));
  await linkAccounts(connect(page));
  expect(await outcome(page)).toMatchObject({ callback: "onLinkSuccess", institution: { id: "plain_bank" } });
  expect(loads).toEqual([token]);
});

test("link() with another token closes the preload and opens Connect for that token", async ({ page, request }) => {
  const loads = connectLoads(page);
  const [preloaded, other] = [await createLinkSession(request), await createLinkSession(request)];
  expect(await page.evaluate((t) => window.mk.preload(t), preloaded)).toBe(true);
  await page.evaluate((t) => window.mk.link(t), other);
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(1);
  expect(loads).toEqual([preloaded, other]);
});

test("a preload for a new token replaces the old one; close() ends it and link() then opens cold", async ({
  page,
  request,
}) => {
  const loads = connectLoads(page);
  const [first, second] = [await createLinkSession(request), await createLinkSession(request)];
  const answers = await page.evaluate(
    ([a, b]) => Promise.all([window.mk.preload(a!), window.mk.preload(b!)]),
    [first, second],
  );
  expect(answers).toEqual([false, true]);
  await expect(page.locator("iframe")).toHaveCount(1);
  // Nothing on the page had focus: Connect, which focused its first control, does not keep it.
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeAttached();
  await expect.poll(() => connectHasFocus(page)).toBe(false);
  await page.evaluate(() => window.mk.close());
  await expect(page.locator("iframe")).toHaveCount(0);
  await page.evaluate((t) => window.mk.link(t), second);
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeVisible();
  expect(loads.filter((token) => token === second)).toHaveLength(2);
});

test("a preload that cannot start (Connect unreachable) resolves false and leaves nothing behind", async ({
  page,
  request,
}) => {
  const token = await createLinkSession(request);
  await page.evaluate(() => window.mk.configure({ __connectSDKUIHost: "http://127.0.0.1:4899", startTimeoutMs: 1000 }));
  expect(await page.evaluate((t) => window.mk.preload(t), token)).toBe(false);
  await expect(page.locator("iframe")).toHaveCount(0);
  expect(await calls(page)).toEqual([]);
});
