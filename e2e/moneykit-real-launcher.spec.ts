import { expect, test } from "./support/guard.js";
import { chooseBank, connect, createLinkSession, exchange, linkAccounts, logIn, outcome } from "./support/moneykit.js";

// The published @moneykit/connect 0.3.28 on the same merchant page and mock
// host: the mock host's Connect is driven by MoneyKit's own launcher.
test("the real @moneykit/connect 0.3.28 links a credentials bank through the mock host's Connect", async ({ page, request }) => {
  await page.goto("/moneykit-real.html");
  await page.waitForFunction(() => "mk" in window);
  await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame);
  await linkAccounts(frame);
  const result = await outcome(page);
  if (result.callback !== "onLinkSuccess") throw new Error(`expected success, got ${JSON.stringify(result)}`);
  expect(result.institution).toMatchObject({ id: "plain_bank" });
  expect(result.link_id).toBe((await exchange(request, result.exchangeableToken)).link_id);
  await expect(page.locator("iframe#moneykit-connect-frame")).toHaveCount(0);
  // 0.3.28's known weakness, which @framelink/moneykit does not repeat: the token stays in localStorage
  // after a success. Asserted, then cleared, so that the guard's storage scan checks everything else.
  expect(await page.evaluate(() => localStorage.getItem("moneykit.linkSessionToken"))).toMatch(/^lst_/);
  await page.evaluate(() => localStorage.removeItem("moneykit.linkSessionToken"));
});
