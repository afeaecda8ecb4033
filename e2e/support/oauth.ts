import type { Page } from "@playwright/test";

// The browsers Connect tells apart when it shows a bank's OAuth page.
export const IOS_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
export const ANDROID_WEBVIEW =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.0.0 Mobile Safari/537.36";

/**
 * Presses a button on the bank's page and waits for the window to close: it
 * lands on the redirect_uri, hands the URL back and is closed, sometimes
 * before the click has even returned.
 */
export async function decideAndWaitForClose(bankWindow: Page, decision: "Approve" | "Deny"): Promise<void> {
  const closed = bankWindow.waitForEvent("close");
  await bankWindow
    .getByRole("button", { name: decision })
    .click()
    .catch((error: unknown) => {
      if (!bankWindow.isClosed()) throw error;
    });
  await closed;
}
