import type { Locator } from "@playwright/test";

/**
 * Presses a button whose press ends a flow and so may remove its frame. A real
 * click there races Chromium's input acknowledgement against the frame's
 * removal, and Playwright can wait forever for the lost acknowledgement
 * (microsoft/playwright#4856, #10029); a click event dispatched to the same
 * button, found by role and name, runs the same handler without that race.
 */
export async function pressToClose(button: Locator): Promise<void> {
  await button.waitFor();
  await button.dispatchEvent("click");
}
