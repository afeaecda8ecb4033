import { expect, test } from "@playwright/test";
import { DEMO_ORIGIN } from "./origins.js";
import { completeConnect } from "./support/moonpay.js";
import { recordCspViolations } from "./support/csp.js";

// The demo page a person uses for manual QA: its server creates the session
// with the secret key, the page checks and connects, under a strict CSP.
test("a merchant's engineer connects a customer in the demo and sees redacted credentials", async ({ page }, testInfo) => {
  const violations = recordCspViolations(page);
  await page.goto(DEMO_ORIGIN);
  await page.getByLabel("Customer id").fill(`demo-${Date.now()}`);
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page.locator("#status")).toHaveText("session ready");

  await page.getByRole("button", { name: "Check connection" }).click();
  await expect(page.locator("#status")).toHaveText("connectionRequired");

  await page.getByLabel("Dark theme").check();
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.frameLocator("#connect-container iframe").getByLabel("Email")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("demo-connect-dark.png") });
  await completeConnect(page);

  await expect(page.locator("#status")).toHaveText("active");
  await expect(page.locator("#credentials")).toHaveText(/^at_.{2}…\(\d+ chars\)$/);
  await expect(page.locator("#log")).toContainText("onEvent complete → active");
  await page.screenshot({ path: testInfo.outputPath("demo-connected.png") });
  expect(violations).toEqual([]);
});
