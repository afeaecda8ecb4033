import type { Page } from "@playwright/test";
import { expect, test } from "./support/guard.js";
import {
  accountsOf,
  calls,
  chooseBank,
  connect,
  createLinkSession,
  exchange,
  expireLink,
  linkAccounts,
  logIn,
  openLinkPage,
  outcome,
  pressToClose,
} from "./support/moneykit.js";

test.beforeEach(async ({ page }) => openLinkPage(page));

async function linkedBank(
  page: Page,
  request: import("@playwright/test").APIRequestContext,
  bank: string,
): Promise<string> {
  await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
  const frame = connect(page);
  await chooseBank(frame, bank);
  if (bank.includes("OAuth")) {
    const [popup] = await Promise.all([
      page.waitForEvent("popup"),
      frame.getByRole("button", { name: `Continue to ${bank}` }).click(),
    ]);
    const closed = popup.waitForEvent("close");
    await popup
      .getByRole("button", { name: "Approve" })
      .click()
      .catch(() => undefined);
    await closed;
  } else await logIn(frame);
  await linkAccounts(frame);
  const result = await outcome(page);
  if (result.callback !== "onLinkSuccess") throw new Error("the first link failed");
  return (await exchange(request, result.exchangeableToken)).link_id;
}

test("a link whose authorization expired is repaired by relink(), without choosing the bank again", async ({
  page,
  request,
}) => {
  const linkId = await linkedBank(page, request, "Plain Savings Bank");
  await expireLink(request, linkId);
  const expired = await accountsOf(request, linkId);
  expect(expired.status()).toBe(400);
  expect(await expired.json()).toMatchObject({ error_code: "auth_expired" });

  await openLinkPage(page);
  await page.evaluate((token) => window.mk.relink(token), await createLinkSession(request, { existingLinkId: linkId }));
  const frame = connect(page);
  await frame.getByRole("button", { name: "Continue" }).click();
  await expect(frame.getByRole("heading", { name: "Log in to Plain Savings Bank" })).toBeVisible();
  await logIn(frame);
  await linkAccounts(frame);
  const result = await outcome(page);
  // 0.3.28's types: relink's success is (institution, link_id); there is no token to exchange.
  if (result.callback !== "onRelinkSuccess") throw new Error(`relink failed: ${JSON.stringify(result)}`);
  expect(result.link_id).toBe(linkId);
  expect(result.institution.id).toBe("plain_bank");
  expect((await accountsOf(request, linkId)).status()).toBe(200);
  const screens = (await calls(page)).flatMap((call) => (call.callback === "onLinkEvent" ? [call.event] : []));
  expect(screens.every((event) => event.meta.link_type === "relink")).toBe(true);
  expect(screens.some((event) => event.properties.screen === "institution_search")).toBe(false);
});

test("relink() of an OAuth bank survives the trip through the top window and continue()", async ({ page, request }) => {
  const linkId = await linkedBank(page, request, "OAuth National Bank");
  await expireLink(request, linkId);
  await openLinkPage(page);
  // With popups blocked, Connect takes the top window to the bank (as in a webview).
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await openLinkPage(page);
  await page.evaluate((token) => window.mk.relink(token), await createLinkSession(request, { existingLinkId: linkId }));
  const frame = connect(page);
  await frame.getByRole("button", { name: "Continue" }).click();
  await frame.getByRole("button", { name: "Continue to OAuth National Bank" }).click();
  await page.waitForURL(/bank\.localhost/);
  await page.getByRole("button", { name: "Approve" }).click();
  await page.waitForURL(/moneykit-oauth\.html\?state=/);
  await linkAccounts(connect(page));
  const result = await outcome(page, "mkRedirect");
  // continue() has link's callbacks: a resumed relink reports onLinkSuccess("", institution, link_id).
  if (result.callback !== "onLinkSuccess") throw new Error(`relink failed: ${JSON.stringify(result)}`);
  expect(result).toMatchObject({ exchangeableToken: "", link_id: linkId });
  expect((await accountsOf(request, linkId)).status()).toBe(200);
});

test("relink() with a link session made without existing_link_id is refused with a clear error", async ({
  page,
  request,
}) => {
  await page.evaluate((token) => window.mk.relink(token), await createLinkSession(request));
  const frame = connect(page);
  await expect(frame.getByRole("alert")).toHaveText(/existing_link_id/);
  await pressToClose(frame.getByRole("button", { name: "Exit" }));
  expect(await outcome(page)).toMatchObject({
    callback: "onLinkExit",
    error: { error_id: "relink_requires_existing_link" },
  });
});
