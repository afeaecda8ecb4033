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
  openLinkPage,
  outcome,
  pressToClose,
} from "./support/moneykit.js";
import { ANDROID_WEBVIEW, decideAndWaitForClose, IOS_SAFARI } from "./support/oauth.js";

// OAuth banks: the bank's page is on a third origin (bank.localhost), and the
// bank redirects to the merchant's redirect_uri page, which calls continue().
// Connect (the frame) opens the bank's page itself, by the user agent.

async function startOAuth(page: Page, token: string, bank = "OAuth National Bank") {
  await page.evaluate((t) => window.mk.link(t), token);
  const frame = connect(page);
  await chooseBank(frame, bank);
  return frame.getByRole("button", { name: `Continue to ${bank}` });
}

function presentation(recorded: Awaited<ReturnType<typeof calls>>): unknown {
  const opened = recorded.find((call) => call.callback === "onLinkEvent" && call.event.name === "oauth_opened");
  return opened?.callback === "onLinkEvent" ? opened.event.properties.presentation : undefined;
}

test.describe("in a desktop browser", () => {
  test.beforeEach(async ({ page }) => openLinkPage(page));

  test("the bank opens in a popup; approving there resumes Connect here", async ({ page, request }) => {
    const button = await startOAuth(page, await createLinkSession(request));
    const [popup] = await Promise.all([page.waitForEvent("popup"), button.click()]);
    await expect(popup).toHaveURL(/^http:\/\/bank\.localhost:\d+\/oauth\/authorize/);
    await decideAndWaitForClose(popup, "Approve");
    await linkAccounts(connect(page));
    const result = await outcome(page);
    expect(result).toMatchObject({ callback: "onLinkSuccess", institution: { id: "oauth_bank" } });
    const recorded = await calls(page);
    expect(presentation(recorded)).toBe("popup");
    expect(eventNames(recorded)).toEqual(
      expect.arrayContaining(["screen:oauth", "oauth_opened", "oauth_returned", "screen:account_selection", "success"]),
    );
  });

  test("a bank that severs the opener (COOP) still hands the result back over a BroadcastChannel", async ({
    page,
    request,
  }) => {
    const button = await startOAuth(page, await createLinkSession(request), "Isolated OAuth Bank");
    const [popup] = await Promise.all([page.waitForEvent("popup"), button.click()]);
    await expect(popup.getByRole("button", { name: "Approve" })).toBeVisible();
    // The bank's Cross-Origin-Opener-Policy cut the link: window.opener is gone for good.
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    await popup.getByRole("button", { name: "Approve" }).click();
    await linkAccounts(connect(page));
    expect(await outcome(page)).toMatchObject({ callback: "onLinkSuccess", institution: { id: "isolated_bank" } });
  });

  test("denying at the bank ends in onLinkExit with oauth_denied", async ({ page, request }) => {
    const button = await startOAuth(page, await createLinkSession(request));
    const [popup] = await Promise.all([page.waitForEvent("popup"), button.click()]);
    await decideAndWaitForClose(popup, "Deny");
    const frame = connect(page);
    await expect(frame.getByRole("alert")).toHaveText(/declined/);
    await pressToClose(frame.getByRole("button", { name: "Exit" }));
    expect(await outcome(page)).toMatchObject({ callback: "onLinkExit", error: { error_id: "oauth_denied" } });
    const returned = (await calls(page)).find(
      (call) => call.callback === "onLinkEvent" && call.event.name === "oauth_returned",
    );
    expect(returned).toMatchObject({ event: { properties: { outcome: "denied" } } });
  });

  test("the redirect page hands the URL to Connect (link.resume), which closes it; the URL is redeemable once", async ({
    page,
    request,
  }) => {
    const button = await startOAuth(page, await createLinkSession(request));
    const [popup] = await Promise.all([page.waitForEvent("popup"), button.click()]);
    const landed = popup
      .waitForURL(/moneykit-oauth\.html/)
      .then(() => popup.url())
      .catch(() => undefined);
    await decideAndWaitForClose(popup, "Approve");
    await expect(connect(page).getByRole("button", { name: "Link accounts" })).toBeVisible();
    const redirectUrl = await landed;
    // Replaying the bank's answer (e.g. a reload of the redirect page) is refused by Connect's backend.
    // Sent as Connect's own page would (same origin): the backend's redemption rule is what is tested.
    const connectOrigin = new URL((await page.locator(CONNECT_IFRAME).getAttribute("src"))!).origin;
    const replay = await request.post(`${connectOrigin}/frame-api/moneykit/oauth/return`, {
      headers: { Origin: connectOrigin },
      data: { redirectUrl, linkSessionToken: "lst_someone_else" },
    });
    expect(replay.status()).toBe(400);
    await linkAccounts(connect(page));
    expect(await outcome(page)).toMatchObject({ callback: "onLinkSuccess", institution: { id: "oauth_bank" } });
  });
});

test.describe("when popups are blocked", () => {
  test("Connect falls back to taking the whole window to the bank, and resumes on return", async ({
    page,
    request,
  }) => {
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await openLinkPage(page);
    const button = await startOAuth(page, await createLinkSession(request));
    await button.click();
    await page.waitForURL(/bank\.localhost/);
    await page.getByRole("button", { name: "Approve" }).click();
    await page.waitForURL(/moneykit-oauth\.html/);
    await linkAccounts(connect(page));
    expect(await outcome(page, "mkRedirect")).toMatchObject({
      callback: "onLinkSuccess",
      institution: { id: "oauth_bank" },
    });
  });
});

test.describe("in iOS Safari", () => {
  test.use({ userAgent: IOS_SAFARI });

  test("the bank opens in a new tab, which hands back and closes", async ({ page, request }) => {
    await openLinkPage(page);
    const button = await startOAuth(page, await createLinkSession(request));
    const [tab] = await Promise.all([page.waitForEvent("popup"), button.click()]);
    await decideAndWaitForClose(tab, "Approve");
    await linkAccounts(connect(page));
    expect(await outcome(page)).toMatchObject({ callback: "onLinkSuccess" });
    expect(presentation(await calls(page))).toBe("tab");
  });
});

test.describe("in an Android webview", () => {
  test.use({ userAgent: ANDROID_WEBVIEW });

  test("the top window goes to the bank; continue() relaunches Connect at /continue with the kept token", async ({
    page,
    request,
  }) => {
    await openLinkPage(page);
    const button = await startOAuth(page, await createLinkSession(request));
    await button.click();
    await page.waitForURL(/bank\.localhost/);
    await page.getByRole("button", { name: "Approve" }).click();
    await page.waitForURL(/moneykit-oauth\.html\?state=/);
    await linkAccounts(connect(page));
    const result = await outcome(page, "mkRedirect");
    expect(result).toMatchObject({ callback: "onLinkSuccess", institution: { id: "oauth_bank" } });
    const recorded = await calls(page, "mkRedirect");
    expect(eventNames(recorded)).toEqual(
      expect.arrayContaining(["oauth_returned", "screen:account_selection", "success"]),
    );
    // The kept token is gone with the link.
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain("lst_");
  });
});
