import assert from "node:assert/strict";
import { REDIRECT_URI } from "../../support/test-accounts.js";
import { exchange, linkSessionToken } from "../api.js";
import type { Session, Tab } from "../driver.js";
import type { Flow } from "../flow.js";
import { chooseBank, logIn, MONEYKIT_FRAME, moneyKitFirstScreen, open, outcome } from "./steps.js";

// MoneyKit Connect (seed 001): a credentials bank, OAuth banks at the bank's
// own origin in a popup with continue() on the redirect page, and the
// published @moneykit/connect on the credentials flow (the Playwright specs
// moneykit-link, moneykit-oauth and moneykit-two-clients, a slice of each).

type Client = "framelink" | "real";

async function startLink(page: Tab, client: Client, bank: string) {
  const query = client === "real" ? "?client=real" : "";
  await open(page, `/moneykit.html${query}`, "mk");
  await page.evaluate((token) => window.mk.link(token), await linkSessionToken(`${REDIRECT_URI}${query}`));
  const frame = page.frame(MONEYKIT_FRAME);
  await moneyKitFirstScreen(frame);
  await chooseBank(frame, bank);
  return frame;
}

/** A credentials bank to the end; the merchant's server exchanges the token for the link. */
const credentials =
  (client: Client) =>
  async ({ page }: Session): Promise<void> => {
    const frame = await startLink(page, client, "Plain Savings Bank");
    await logIn(frame);
    await frame.pressToClose("Link accounts");
    const result = await outcome(page);
    if (result.callback !== "onLinkSuccess") throw new Error(`expected onLinkSuccess, got ${JSON.stringify(result)}`);
    assert.equal(result.institution.id, "plain_bank");
    assert.equal(result.institution.selectedAccounts.length, 3);
    await page.waitFor((selector) => document.querySelectorAll(selector).length === 0, MONEYKIT_FRAME);
    assert.match(await exchange(result.exchangeableToken), /^mk_link_/);
  };

/**
 * An OAuth bank: the user's click in Connect opens the bank's page in a
 * popup; approving there lands on the redirect_uri page, whose continue()
 * hands the URL back to Connect and closes the popup.
 */
const oauth =
  (bank: string, id: string, client: Client = "framelink") =>
  async (session: Session): Promise<void> => {
    const { page } = session;
    const frame = await startLink(page, client, bank);
    await frame.click(`Continue to ${bank}`);
    const popup = await session.waitForWindow(/^http:\/\/bank\.localhost:\d+\/oauth\/authorize/);
    // The window goes to the redirect page and closes itself, possibly before the click returns.
    await popup.click("Approve").catch(() => undefined);
    await popup.waitForClose();
    await frame.pressToClose("Link accounts");
    const result = await outcome(page);
    assert.equal(result.callback, "onLinkSuccess", JSON.stringify(result));
    if (result.callback === "onLinkSuccess") assert.equal(result.institution.id, id);
    const opened = await page.evaluate(() =>
      window.mk.calls().flatMap((call) => (call.callback === "onLinkEvent" ? [call.event] : [])),
    );
    const presentation = opened.find((event) => event.name === "oauth_opened")?.properties.presentation;
    assert.equal(presentation, "popup");
    assert.ok(opened.some((event) => event.name === "oauth_returned"));
  };

export const moneykitFlows: Flow[] = [
  { name: "MoneyKit link, credentials bank: onLinkSuccess, token exchanged", run: credentials("framelink") },
  {
    name: "MoneyKit link, credentials bank, with the published @moneykit/connect 0.3.28: onLinkSuccess, token exchanged",
    run: credentials("real"),
  },
  {
    name: "MoneyKit link, OAuth bank in a popup, continue() on the redirect page: onLinkSuccess",
    run: oauth("OAuth National Bank", "oauth_bank"),
  },
  {
    name: "MoneyKit link, OAuth bank in a popup, with the published @moneykit/connect 0.3.28 on both pages: onLinkSuccess",
    run: oauth("OAuth National Bank", "oauth_bank", "real"),
  },
  {
    name: "MoneyKit link, OAuth bank whose page sets COOP (opener severed), continue() over BroadcastChannel: onLinkSuccess",
    run: oauth("Isolated OAuth Bank", "isolated_bank"),
  },
];
