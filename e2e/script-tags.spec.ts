import { expect, test } from "@playwright/test";
import { recordCspViolations } from "./support/csp.js";
import { chooseBank, connect, createLinkSession, linkAccounts, logIn } from "./support/moneykit.js";
import { createSession, customer } from "./support/moonpay.js";

// The seeds' samples on pages that load Framelink by <script> tag, with SRI,
// under the fixtures' strict CSP.

test("seed 001's link sample runs with `new MoneyKit(…)` from the script tag", async ({ page, request }) => {
  const violations = recordCspViolations(page);
  const logs: string[] = [];
  page.on("console", (message) => logs.push(message.text()));
  await page.goto("/script-moneykit.html");
  await page.waitForFunction(() => "seedMoneyKit" in window && "MoneyKit" in window);
  await page.evaluate((token) => window.seedMoneyKit.linkSample(token), await createLinkSession(request));
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame);
  await linkAccounts(frame);
  await expect.poll(() => logs.find((line) => line.startsWith("Link created successfully"))).toBeTruthy();
  expect(violations).toEqual([]);
});

test("seed 000's check sample runs with the MoonPay script tag's global", async ({ page, request }) => {
  await page.goto("/script-moonpay.html");
  await page.waitForFunction(() => "seed" in window);
  const logged = page.waitForEvent("console", (message) => message.type() === "log");
  await page.evaluate((token) => window.seed.checkConnectionSample(token), await createSession(request, customer()));
  expect(await (await logged).args()[0]!.jsonValue()).toEqual({ status: "connectionRequired" });
});

test("the combined script exposes both vendors", async ({ page }) => {
  await page.goto("/script-both.html");
  const globals = await page.evaluate(() => {
    const framelink = (window as unknown as { Framelink: { moonpay: Record<string, unknown>; MoneyKit: unknown } }).Framelink;
    return { createClient: typeof framelink.moonpay.createClient, MoneyKit: typeof framelink.MoneyKit, globalMoneyKit: typeof (window as unknown as { MoneyKit: unknown }).MoneyKit };
  });
  expect(globals).toEqual({ createClient: "function", MoneyKit: "function", globalMoneyKit: "function" });
});

test("a script whose bytes do not match its integrity hash does not run", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => errors.push(message.text()));
  await page.goto("/script-tampered.html");
  expect(await page.evaluate(() => "MoneyKit" in window)).toBe(false);
  expect(errors.some((line) => /integrity/i.test(line))).toBe(true);
});
