import type { Frame, Page } from "@playwright/test";
import { BANK_PORT } from "./origins.js";
import { expect, LOGS_SECRETS_BY_DESIGN, test } from "./support/guard.js";
import { connect, createLinkSession, openLinkPage } from "./support/moneykit.js";
import { createSession, customer, openMerchant, waitForEvent } from "./support/moonpay.js";

// Issue 14, finding 4: nothing a frame does may navigate the merchant's top
// window without the user's click. MoneyKit's Connect may take the top
// window to the bank from a click (its protocol needs it in webviews: the
// control below); MoonPay's frames never may. Each frame tries from a
// script of its own.

// Chromium's refusal ("Unsafe attempt to initiate navigation … from frame with
// URL …") quotes the frame's URL, which carries its token by the vendor's protocol.
const REFUSAL_QUOTES_FRAME_URL = {
  annotation: { type: LOGS_SECRETS_BY_DESIGN, description: "the browser's own refusal message quotes the frame URL" },
};

const ELSEWHERE = `http://bank.localhost:${BANK_PORT}/oauth/authorize?from=a-frame`;

/** Has `frame` try to navigate the top window, from a task of its own (no user activation) or from a real click on it. */
async function tryTopNavigation(
  page: Page,
  frame: Frame,
  how: "script" | "click",
): Promise<{ activeBefore: boolean; navigated: Promise<boolean> }> {
  // Any navigation of the top window from now on, within a bound longer than the attempt takes.
  const navigated = page
    .waitForEvent("framenavigated", {
      predicate: (navigatedFrame) => navigatedFrame === page.mainFrame(),
      timeout: 8_000,
    })
    .then(
      () => true,
      () => false,
    );
  const activeBefore = await frame.evaluate(
    ([url, onClick]) =>
      new Promise<boolean>((resolve) => {
        const navigate = () => {
          try {
            window.top!.location.href = url;
          } catch {
            // Refused by the sandbox: the assertion is on the top window's URL.
          }
        };
        if (onClick) {
          document.addEventListener("click", navigate, { once: true, capture: true });
          resolve(false);
          return;
        }
        // Playwright's evaluation itself counts as a user activation; it lasts
        // 5 s in Chromium, so the attempt waits for it to lapse.
        setTimeout(() => {
          const active = navigator.userActivation.isActive;
          navigate();
          resolve(active);
        }, 5_500);
      }),
    [ELSEWHERE, how === "click"] as const,
  );
  if (how === "click")
    await page
      .frameLocator(`iframe[src^="${new URL(frame.url()).origin}"]`)
      .first()
      .locator("h1")
      .first()
      .click();
  return { activeBefore, navigated };
}

function frameAt(page: Page, path: RegExp): Frame {
  const frame = page.frames().find((candidate) => path.test(new URL(candidate.url()).pathname));
  if (!frame) throw new Error(`no frame at ${path}`);
  return frame;
}

test.describe("MoneyKit Connect's frame", () => {
  test.beforeEach(async ({ page, request }) => {
    await openLinkPage(page);
    await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
    await expect(connect(page).getByRole("button", { name: "Continue" })).toBeVisible();
  });

  test("cannot navigate the top window without the user's click", REFUSAL_QUOTES_FRAME_URL, async ({ page }) => {
    const { activeBefore, navigated } = await tryTopNavigation(page, frameAt(page, /^\/start$/), "script");
    expect(activeBefore).toBe(false);
    expect(await navigated).toBe(false);
    expect(page.url()).toMatch(/\/moneykit\.html$/);
  });

  test("can, from the user's click, as MoneyKit's protocol needs in webviews (the control)", async ({ page }) => {
    const { navigated } = await tryTopNavigation(page, frameAt(page, /^\/start$/), "click");
    expect(await navigated).toBe(true);
    await page.waitForURL(/bank\.localhost/);
  });
});

test.describe("MoonPay's connect frame", () => {
  test(
    "cannot navigate the top window, even from the user's click",
    REFUSAL_QUOTES_FRAME_URL,
    async ({ page, request }) => {
      await openMerchant(page);
      await page.evaluate((token) => window.fixture.createClient(token), await createSession(request, customer()));
      await page.evaluate(() => window.fixture.connect());
      await waitForEvent(page, "ready");
      const { navigated } = await tryTopNavigation(page, frameAt(page, /^\/platform\/v1\/connect$/), "click");
      expect(await navigated).toBe(false);
      expect(new URL(page.url()).pathname).toBe("/moonpay.html");
    },
  );
});
