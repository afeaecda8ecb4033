import { DEMO_ORIGIN } from "./origins.js";
import { recordCspViolations } from "./support/csp.js";
import { expect, test } from "./support/guard.js";
import { completeConnect } from "./support/moonpay.js";

// The demo page a person uses for manual QA: its server creates the session
// with the secret key, the page checks and connects, under a strict CSP.
test("a merchant's engineer connects a customer in the demo and sees redacted credentials", async ({
  page,
}, testInfo) => {
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

test("in the demo, a connected customer with Apple Pay quotes, pays and sees the transaction complete", async ({
  page,
}, testInfo) => {
  const violations = recordCspViolations(page);
  await page.goto(DEMO_ORIGIN);
  await page.getByLabel("Customer id").fill(`demo-${Date.now()}`);
  await page.getByLabel("Scenario").selectOption("applepay-");
  await page.getByRole("button", { name: "Create session" }).click();
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await completeConnect(page);
  await expect(page.locator("#status")).toHaveText("active");
  await page.getByRole("button", { name: "Payment methods" }).click();
  await expect(page.locator("#methods-list")).toContainText("apple_pay: available");
  await page.getByRole("button", { name: "Get quote" }).click();
  await expect(page.locator("#quote-disclosures")).toContainText("final");
  const applePay = page.frameLocator("#pay-container iframe");
  await applePay.getByRole("button", { name: "Pay with Apple Pay" }).click();
  await applePay.getByRole("button", { name: "Confirm" }).click();
  await expect(page.locator("#transaction")).toHaveText(/: completed$/, { timeout: 15_000 });
  await page.screenshot({ path: testInfo.outputPath("demo-paid.png"), fullPage: true });
  expect(violations).toEqual([]);
});
