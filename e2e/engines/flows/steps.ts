import type {} from "../../fixtures/moneykit.js";
import type { Recorded } from "../../fixtures/moneykit-recorder.js";
import type {} from "../../fixtures/moonpay.js";
import { MERCHANT_ORIGIN } from "../../origins.js";
import type { Scope, Tab } from "../driver.js";

// The steps the flows share, as a person takes them: the same labels and
// buttons as the Playwright specs' support/moonpay.ts and support/moneykit.ts.

export const CONNECT_FRAME = "#connect-container iframe";
export const MONEYKIT_FRAME = "iframe#moneykit-connect-frame";

export async function open(tab: Tab, path: string, global: "fixture" | "mk" | "seed" | "hostile"): Promise<void> {
  await tab.goto(`${MERCHANT_ORIGIN}${path}`);
  await tab.waitFor((name) => name in window, global);
}

/** MoonPay's connect frame from sign-in to consent, then `Connect` (which may remove the frame). */
export async function completeConnect(tab: Tab): Promise<void> {
  const frame = tab.frame(CONNECT_FRAME);
  await frame.fill("Email", "customer@example.com");
  await frame.click("Continue");
  await frame.fill("Verification code", "000000");
  await frame.click("Verify");
  await frame.pressToClose("Connect", { exact: true });
}

/** The fixture page's event of `kind`, once it is recorded. */
export function fixtureEvent(tab: Tab, kind: string): Promise<Record<string, unknown>> {
  return tab.waitFor(
    (wanted) => (window.fixture.events() as { kind: string }[]).find((event) => event.kind === wanted),
    kind,
  ) as Promise<Record<string, unknown>>;
}

export async function chooseBank(frame: Scope, bank: string): Promise<void> {
  await frame.click("Continue");
  await frame.fill("Search banks", bank.split(" ")[0]!);
  await frame.click(bank);
}

export async function logIn(frame: Scope): Promise<void> {
  await frame.fill("Username", "user_good");
  await frame.fill("Password", "pass_good");
  await frame.click("Log in");
}

/** The launcher's final callback (success or exit), once it has run. */
export function outcome(tab: Tab): Promise<Recorded> {
  return tab.waitFor(() => window.mk.calls().find((call) => call.callback !== "onLinkEvent"));
}

/**
 * Waits for MoneyKit Connect's first screen. When the mock's Connect refuses
 * the page that embeds it, fails with what the frame saw of its parent, so
 * that the refusal is reported with its evidence.
 */
export async function moneyKitFirstScreen(frame: Scope): Promise<void> {
  const shown = await frame.waitFor(() => {
    if (document.querySelector("[role=alert]")?.textContent?.includes("only be opened by an allowed app"))
      return "refused";
    return [...document.querySelectorAll("button")].some((button) => button.textContent?.trim() === "Continue")
      ? "shown"
      : undefined;
  });
  if (shown === "refused") {
    const parent = await frame.evaluate(() => JSON.stringify(location.ancestorOrigins?.[0]));
    throw new Error(
      `MoneyKit Connect refused its parent: "This page can only be opened by an allowed app." (location.ancestorOrigins[0] = ${parent})`,
    );
  }
}
