import { DEMO_ORIGIN } from "./origins.js";
import { recordCspViolations } from "./support/csp.js";
import { expect, test } from "./support/guard.js";
import { chooseBank, connect, linkAccounts, logIn } from "./support/moneykit.js";

// The demo's MoneyKit part: link, exchange on the demo server (through
// @framelink/server), accounts, an expired link, relink. Strict CSP.
test("in the demo, a bank is linked, its link expires, and relink repairs it", async ({ page }, testInfo) => {
  const violations = recordCspViolations(page);
  await page.goto(DEMO_ORIGIN);
  await page.getByRole("button", { name: "Link a bank" }).click();
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame);
  await linkAccounts(frame);
  await expect(page.locator("#mk-link-id")).toHaveText(/^mk_link_/);
  const linkId = await page.locator("#mk-link-id").textContent();

  await page.getByRole("button", { name: "List accounts" }).click();
  await expect(page.locator("#mk-accounts-list li")).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath("demo-moneykit-linked.png"), fullPage: true });

  await page.getByRole("button", { name: "Expire the link" }).click();
  await expect(page.locator("#log")).toContainText("link expired");
  await page.getByRole("button", { name: "List accounts" }).click();
  await expect(page.locator("#log")).toContainText("accounts error AUTH_EXPIRED");

  await page.getByRole("button", { name: "Relink" }).click();
  await frame.getByRole("button", { name: "Continue" }).click();
  await logIn(frame);
  await linkAccounts(frame);
  await expect(page.locator("#log")).toContainText(`relinked → ${linkId}`);
  await page.getByRole("button", { name: "List accounts" }).click();
  await expect(page.locator("#mk-accounts-list li")).toHaveCount(3);
  expect(violations).toEqual([]);
});
