import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/guard.js";
import {
  accountsOf,
  type Client,
  CONNECT_IFRAME,
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
  redirectUriFor,
} from "./support/moneykit.js";
import { ANDROID_WEBVIEW, decideAndWaitForClose, IOS_SAFARI } from "./support/oauth.js";

// Every Connect scenario, run by the published @moneykit/connect 0.3.28 and
// by @framelink/moneykit on the same merchant page (fixtures/moneykit.ts: the
// import is the only difference) and the same mock host: proof that the mock
// speaks MoneyKit's protocol and that ours is a drop-in. Where the real
// launcher cannot do something, its failure is asserted and explained.

/** 0.3.28 keeps the link session token in localStorage and removes it only on exit. */
const REAL_TOKEN_KEY = "moneykit.linkSessionToken";

async function takeRealLauncherToken(page: Page): Promise<string | null> {
  return page.evaluate((key) => {
    const token = localStorage.getItem(key);
    localStorage.removeItem(key);
    return token;
  }, REAL_TOKEN_KEY);
}

async function linkedBank(page: Page, request: APIRequestContext, client: Client): Promise<string> {
  await page.evaluate(
    (token) => window.mk.link(token),
    await createLinkSession(request, { redirectUri: redirectUriFor(client) }),
  );
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame);
  await linkAccounts(frame);
  const result = await outcome(page);
  if (result.callback !== "onLinkSuccess") throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return (await exchange(request, result.exchangeableToken)).link_id;
}

for (const client of ["real", "framelink"] as const satisfies Client[]) {
  const name = client === "real" ? "@moneykit/connect 0.3.28" : "@framelink/moneykit";
  const session = (request: APIRequestContext, existingLinkId?: string) =>
    createLinkSession(request, { redirectUri: redirectUriFor(client), ...(existingLinkId ? { existingLinkId } : {}) });

  test.describe(name, () => {
    test.afterEach(async ({ page }) => {
      const leftover = await takeRealLauncherToken(page);
      // Ours never writes localStorage; the real launcher's leftover is its known weakness, cleared here
      // so that the guard's storage scan still checks everything else.
      if (client === "framelink") expect(leftover).toBeNull();
    });

    test("a credentials bank links, and the token exchanges for the link_id the callback gave", async ({
      page,
      request,
    }) => {
      await openLinkPage(page, client);
      const linkId = await linkedBank(page, request, client);
      const success = (await calls(page)).find((call) => call.callback === "onLinkSuccess");
      expect(success).toMatchObject({ institution: { id: "plain_bank" }, link_id: linkId });
      await expect(page.locator(CONNECT_IFRAME)).toHaveCount(0);
      if (client === "real")
        expect(await page.evaluate((key) => localStorage.getItem(key), REAL_TOKEN_KEY)).toMatch(/^lst_/);
    });

    test("an MFA bank asks for a code before the accounts", async ({ page, request }) => {
      await openLinkPage(page, client);
      await page.evaluate((token) => window.mk.link(token), await session(request));
      const frame = connect(page);
      await chooseBank(frame, "MFA Credit Union");
      await logIn(frame);
      await frame.getByLabel("Verification code").fill("123456");
      await frame.getByRole("button", { name: "Submit" }).click();
      await linkAccounts(frame);
      expect(await outcome(page)).toMatchObject({ callback: "onLinkSuccess", institution: { id: "mfa_bank" } });
    });

    test("closing Connect at its first screen ends in onLinkExit with no error and removes the frame", async ({
      page,
      request,
    }) => {
      await openLinkPage(page, client);
      await page.evaluate((token) => window.mk.link(token), await session(request));
      // The first screen, drawn: Connect's script runs (its Close button is in the page's markup before it does).
      await expect(connect(page).getByRole("button", { name: "Continue" })).toBeVisible();
      await pressToClose(connect(page).getByRole("button", { name: "Close", exact: true }));
      const result = await outcome(page);
      expect(result.callback).toBe("onLinkExit");
      if (result.callback === "onLinkExit") expect(result.error ?? null).toBeNull();
      await expect(page.locator(CONNECT_IFRAME)).toHaveCount(0);
    });

    /** Links the OAuth bank in the window Connect opens for it (a popup, or a tab in iOS Safari), which hands back and closes. */
    async function linkInBankWindow(page: Page, token: string): Promise<void> {
      await openLinkPage(page, client);
      await page.evaluate((linkSessionToken) => window.mk.link(linkSessionToken), token);
      const frame = connect(page);
      await chooseBank(frame, "OAuth National Bank");
      const [bankWindow] = await Promise.all([
        page.waitForEvent("popup"),
        frame.getByRole("button", { name: "Continue to OAuth National Bank" }).click(),
      ]);
      await decideAndWaitForClose(bankWindow, "Approve");
      await linkAccounts(frame);
      expect(await outcome(page)).toMatchObject({ callback: "onLinkSuccess", institution: { id: "oauth_bank" } });
    }

    test("OAuth in a popup: the redirect page's continue() hands the URL back, Connect resumes here", async ({
      page,
      request,
    }) => {
      await linkInBankWindow(page, await session(request));
    });

    test.describe("in iOS Safari", () => {
      test.use({ userAgent: IOS_SAFARI });

      test("OAuth in a new tab, which hands back and closes", async ({ page, request }) => {
        await linkInBankWindow(page, await session(request));
      });
    });

    test.describe("in an Android webview", () => {
      test.use({ userAgent: ANDROID_WEBVIEW });

      test("OAuth by the top window; continue() on the redirect page relaunches Connect at /continue", async ({
        page,
        request,
      }) => {
        await openLinkPage(page, client);
        await page.evaluate((token) => window.mk.link(token), await session(request));
        const frame = connect(page);
        await chooseBank(frame, "OAuth National Bank");
        await frame.getByRole("button", { name: "Continue to OAuth National Bank" }).click();
        await page.waitForURL(/bank\.localhost/);
        await page.getByRole("button", { name: "Approve" }).click();
        await page.waitForURL(/moneykit-oauth\.html\?.*state=/);
        expect(new URL((await page.locator(CONNECT_IFRAME).getAttribute("src"))!).pathname).toBe("/continue");
        await linkAccounts(connect(page));
        expect(await outcome(page, "mkRedirect")).toMatchObject({
          callback: "onLinkSuccess",
          institution: { id: "oauth_bank" },
        });
      });
    });

    test("relink() repairs an expired link without choosing the bank again; success is (institution, link_id)", async ({
      page,
      request,
    }) => {
      await openLinkPage(page, client);
      const linkId = await linkedBank(page, request, client);
      await expireLink(request, linkId);
      await openLinkPage(page, client);
      await page.evaluate((token) => window.mk.relink(token), await session(request, linkId));
      const frame = connect(page);
      await frame.getByRole("button", { name: "Continue" }).click();
      await expect(frame.getByRole("heading", { name: "Log in to Plain Savings Bank" })).toBeVisible();
      await logIn(frame);
      await linkAccounts(frame);
      expect(await outcome(page)).toMatchObject({
        callback: "onRelinkSuccess",
        institution: { id: "plain_bank" },
        link_id: linkId,
      });
      expect((await accountsOf(request, linkId)).status()).toBe(200);
    });

    test("a bank whose page severs window.opener (COOP)", async ({ page, request }) => {
      await openLinkPage(page, client);
      await page.evaluate((token) => window.mk.link(token), await session(request));
      const frame = connect(page);
      await chooseBank(frame, "Isolated OAuth Bank");
      const [popup] = await Promise.all([
        page.waitForEvent("popup"),
        frame.getByRole("button", { name: "Continue to Isolated OAuth Bank" }).click(),
      ]);
      await popup.getByRole("button", { name: "Approve" }).click();
      if (client === "framelink") {
        // continue() finds no opener and hands the URL back over the link's BroadcastChannel.
        await linkAccounts(frame);
        expect(await outcome(page)).toMatchObject({ callback: "onLinkSuccess", institution: { id: "isolated_bank" } });
        return;
      }
      // 0.3.28's continue() finds no opener and, reading the token its link() left in localStorage,
      // relaunches Connect inside the popup: the link finishes there, where the merchant's callbacks
      // are the redirect page's, while the tab that called link() waits for ever.
      await popup.waitForURL(/moneykit-oauth\.html\?.*state=/);
      await linkAccounts(popup.frameLocator(CONNECT_IFRAME));
      expect(await outcome(popup, "mkRedirect")).toMatchObject({
        callback: "onLinkSuccess",
        institution: { id: "isolated_bank" },
      });
      await expect(frame.getByRole("heading", { name: /Waiting for Isolated OAuth Bank/ })).toBeVisible();
      expect((await calls(page)).filter((call) => call.callback !== "onLinkEvent")).toEqual([]);
    });
  });
}
