import type { Locator } from "@playwright/test";

/**
 * Presses a button whose press ends a flow and so may remove its frame. When
 * the frame is removed while Playwright still waits on it (for the input
 * acknowledgement of a click, or the answer of an evaluation), the wait can
 * hang (microsoft/playwright#4856, #10029). So the press is scheduled inside
 * the frame and Playwright's call returns first: the button, found by role
 * and name, is clicked one task later by the frame itself.
 */
export async function pressToClose(button: Locator): Promise<void> {
  await button.waitFor();
  await button.evaluate((element) => {
    setTimeout(() => (element as HTMLElement).click(), 0);
  });
}
