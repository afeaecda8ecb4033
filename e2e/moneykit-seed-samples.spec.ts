import { MERCHANT_ORIGIN } from "./origins.js";
import { expect, LOGS_SECRETS_BY_DESIGN, test } from "./support/guard.js";
import { chooseBank, connect, createLinkSession, linkAccounts, logIn } from "./support/moneykit.js";

// Seed 001's samples, as written, in merchant pages on another site than Connect.

test("the link sample logs each event and the created link", {
  annotation: { type: LOGS_SECRETS_BY_DESIGN, description: "seed 001's sample logs the exchangeable token it gets" },
}, async ({ page, request }) => {
  const logs: string[] = [];
  page.on("console", (message) => logs.push(message.text()));
  await page.goto("/seed-moneykit.html");
  await page.waitForFunction(() => "seedMoneyKit" in window);
  await page.evaluate((token) => window.seedMoneyKit.linkSample(token), await createLinkSession(request));
  // containerID from the sample: Connect's iframe goes into #moneykit-container.
  await expect(page.locator("#moneykit-container iframe#moneykit-connect-frame")).toHaveCount(1);
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame);
  await linkAccounts(frame);
  await expect
    .poll(() => logs.find((line) => line.startsWith("Link created successfully")))
    .toMatch(/^Link created successfully ex_/);
  expect(logs.filter((line) => line.startsWith("Link event occurred: ")).length).toBeGreaterThan(5);
});

test("the continue sample on the redirect_uri page resumes an OAuth link", {
  annotation: { type: LOGS_SECRETS_BY_DESIGN, description: "seed 001's sample logs the exchangeable token it gets" },
}, async ({ page, request }) => {
  const logs: string[] = [];
  page.on("console", (message) => logs.push(message.text()));
  await page.goto("/seed-moneykit.html");
  await page.waitForFunction(() => "seedMoneyKit" in window);
  const token = await createLinkSession(request, { redirectUri: `${MERCHANT_ORIGIN}/seed-moneykit-oauth.html` });
  await page.evaluate((t) => window.seedMoneyKit.linkSample(t), token);
  const frame = connect(page);
  await chooseBank(frame, "OAuth National Bank");
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    frame.getByRole("button", { name: "Continue to OAuth National Bank" }).click(),
  ]);
  const closed = popup.waitForEvent("close");
  await popup
    .getByRole("button", { name: "Approve" })
    .click()
    .catch(() => undefined);
  await closed;
  await linkAccounts(frame);
  await expect.poll(() => logs.find((line) => line.startsWith("Link created successfully"))).toBeTruthy();
});
