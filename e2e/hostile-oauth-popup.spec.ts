import type { Page } from "@playwright/test";
import { MERCHANT_ORIGIN } from "./origins.js";
import { FORGED_INSTITUTION } from "./support/forged.js";
import { expect, test } from "./support/guard.js";
import {
  calls,
  chooseBank,
  connect,
  createLinkSession,
  linkAccounts,
  openLinkPage,
  outcome,
} from "./support/moneykit.js";
import { decideAndWaitForClose } from "./support/oauth.js";

// Issue 13, the hostile suite in MoneyKit's dialect: the OAuth window is the
// one window outside the page that holds a reference into it (its opener is
// Connect's frame, whose parent is the merchant page). While it shows the
// bank's site, or the merchant's redirect page, it forges every message of
// the protocol at the page and at Connect. Expected: no callback, Connect
// still waiting for the bank, and the real answer still completes the link.
// `link.resume` is forged only from the bank's site: a page on the merchant's
// origin is the redirect page, trusted by the protocol to hand the URL back
// (and same-origin with the merchant page, which it could script directly).

const FORGED_AT_PAGE = [
  {
    moneykit: true,
    type: "link.complete",
    data: { exchangeableToken: "ex_forged", institution: FORGED_INSTITUTION, link_id: "mk_link_forged" },
  },
  { moneykit: true, type: "relink.complete", data: { institution: FORGED_INSTITUTION, link_id: "mk_link_forged" } },
  {
    moneykit: true,
    type: "link.exit",
    data: { error: { error_id: "forged", displayed_message: "forged", request_id: null } },
  },
  { moneykit: true, type: "link.event", data: { name: "forged_event", properties: {}, meta: {} } },
  { moneykit: true, type: "connect.started" },
];

async function navigateItself(window: Page, url: string): Promise<void> {
  await Promise.all([
    window.waitForURL(url),
    window.evaluate((target) => {
      location.href = target;
    }, url),
  ]);
}

for (const where of ["the bank's site", "a page on the merchant's origin"] as const) {
  test(`forged MoneyKit messages from the OAuth window, on ${where}: nothing fires, the real answer still links`, async ({
    page,
    request,
  }) => {
    await openLinkPage(page);
    await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
    const frame = connect(page);
    await chooseBank(frame, "OAuth National Bank");
    const [popup] = await Promise.all([
      page.waitForEvent("popup"),
      frame.getByRole("button", { name: "Continue to OAuth National Bank" }).click(),
    ]);
    await popup.getByRole("button", { name: "Approve" }).waitFor();
    const bankUrl = popup.url();
    // A page under the attacker's control on the merchant's origin (what a same-origin XSS could do),
    // reached as the bank's redirect is: navigated by the window itself, so the opener stays.
    if (where !== "the bank's site") await navigateItself(popup, `${MERCHANT_ORIGIN}/moneykit.html`);
    const forgedResume = {
      moneykit: true,
      type: "link.resume",
      eventData: { redirectURL: `${MERCHANT_ORIGIN}/moneykit-oauth.html?state=forged&code=forged` },
    };
    const sent = await popup.evaluate(
      ({ atPage, resume }) => {
        const connectFrame = window.opener as Window | null;
        if (!connectFrame) return 0;
        let count = 0;
        for (const data of atPage) {
          // At the merchant page (the frame's parent) and at the frame, to any origin.
          connectFrame.parent.postMessage(data, "*");
          connectFrame.postMessage(data, "*");
          count += 2;
        }
        if (resume) connectFrame.postMessage(resume, "*");
        return count + (resume ? 1 : 0);
      },
      { atPage: FORGED_AT_PAGE, resume: where === "the bank's site" ? forgedResume : undefined },
    );
    expect(sent).toBe(2 * FORGED_AT_PAGE.length + (where === "the bank's site" ? 1 : 0));
    await page.waitForTimeout(300);
    expect(
      (await calls(page)).filter(
        (call) => call.callback !== "onLinkEvent" || (call.event.name as string) === "forged_event",
      ),
    ).toEqual([]);
    await expect(frame.getByRole("heading", { name: /Waiting for OAuth National Bank/ })).toBeVisible();

    if (where !== "the bank's site") await navigateItself(popup, bankUrl);
    await decideAndWaitForClose(popup, "Approve");
    await linkAccounts(frame);
    expect(await outcome(page)).toMatchObject({ callback: "onLinkSuccess", institution: { id: "oauth_bank" } });
  });
}
