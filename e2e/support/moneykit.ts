import { type APIRequestContext, expect, type FrameLocator, type Page } from "@playwright/test";
import { pressToClose } from "./press.js";

export { pressToClose };

import type { Recorded } from "../fixtures/moneykit-recorder.js";
import { MOCK_HOST_ORIGIN } from "../origins.js";
import { CLIENT_ID, CLIENT_SECRET, customer, REDIRECT_URI } from "./test-accounts.js";

/** A bearer token the way MoneyKit's API issues them: OAuth2 client credentials. */
export async function accessToken(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${MOCK_HOST_ORIGIN}/auth/token`, {
    form: { grant_type: "client_credentials", client_id: CLIENT_ID, client_secret: CLIENT_SECRET },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Creates a link session the way a merchant's server does; returns its token. */
export async function createLinkSession(
  request: APIRequestContext,
  options: { redirectUri?: string; existingLinkId?: string; customerUserId?: string } = {},
): Promise<string> {
  const response = await request.post(`${MOCK_HOST_ORIGIN}/link-session`, {
    headers: { Authorization: `Bearer ${await accessToken(request)}` },
    data: {
      customer_user: { id: options.customerUserId ?? customer("user-") },
      redirect_uri: options.redirectUri ?? REDIRECT_URI,
      ...(options.existingLinkId ? { existing_link_id: options.existingLinkId } : {}),
      settings: { products: ["accounts"], countries: ["US"] },
    },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { link_session_token: string }).link_session_token;
}

export async function exchange(request: APIRequestContext, exchangeableToken: string): Promise<{ link_id: string }> {
  const response = await request.post(`${MOCK_HOST_ORIGIN}/link-session/exchange-token`, {
    headers: { Authorization: `Bearer ${await accessToken(request)}` },
    data: { exchangeable_token: exchangeableToken },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as { link_id: string };
}

export async function accountsOf(request: APIRequestContext, linkId: string) {
  return request.get(`${MOCK_HOST_ORIGIN}/links/${linkId}/accounts`, {
    headers: { Authorization: `Bearer ${await accessToken(request)}` },
  });
}

/** The mock host's switch that makes a link's authorization expire. */
export async function expireLink(request: APIRequestContext, linkId: string): Promise<void> {
  const response = await request.post(`${MOCK_HOST_ORIGIN}/_mock/moneykit/links/${linkId}/expire`, {
    headers: { Authorization: `Bearer ${await accessToken(request)}` },
  });
  expect(response.status()).toBe(200);
}

/** The launcher a fixture page runs: ours, or the published @moneykit/connect 0.3.28 (`?client=real`). */
export type Client = "framelink" | "real";

/** The redirect_uri page for a client; the bank keeps its query, so the page runs the same launcher. */
export function redirectUriFor(client: Client): string {
  return client === "real" ? `${REDIRECT_URI}?client=real` : REDIRECT_URI;
}

export async function openLinkPage(page: Page, client: Client = "framelink"): Promise<void> {
  await page.goto(client === "real" ? "/moneykit.html?client=real" : "/moneykit.html");
  await page.waitForFunction(() => "mk" in window);
}

/** Connect's iframe, as the launcher names it. */
export const CONNECT_IFRAME = "iframe#moneykit-connect-frame";

export function connect(page: Page): FrameLocator {
  return page.frameLocator(CONNECT_IFRAME);
}

export async function chooseBank(frame: FrameLocator, bank: string): Promise<void> {
  await frame.getByRole("button", { name: "Continue" }).click();
  await frame.getByLabel("Search banks").fill(bank.split(" ")[0]!);
  await frame.getByRole("button", { name: bank }).click();
}

export async function logIn(frame: FrameLocator, password = "pass_good"): Promise<void> {
  await frame.getByLabel("Username").fill("user_good");
  await frame.getByLabel("Password").fill(password);
  await frame.getByRole("button", { name: "Log in" }).click();
}

export async function linkAccounts(frame: FrameLocator): Promise<void> {
  await pressToClose(frame.getByRole("button", { name: "Link accounts" }));
}

export async function calls(page: Page, source: "mk" | "mkRedirect" = "mk"): Promise<Recorded[]> {
  return page.evaluate((name) => (name === "mk" ? window.mk.calls() : window.mkRedirect.calls()), source);
}

/** Waits for the final callback (success or exit) and returns it. */
export async function outcome(page: Page, source: "mk" | "mkRedirect" = "mk"): Promise<Recorded> {
  const handle = await page.waitForFunction(
    (name) =>
      (name === "mk" ? window.mk.calls() : window.mkRedirect.calls()).find((call) => call.callback !== "onLinkEvent"),
    source,
  );
  return (await handle.jsonValue()) as Recorded;
}

export function eventNames(recorded: Recorded[]): string[] {
  return recorded.flatMap((call) =>
    call.callback === "onLinkEvent"
      ? [call.event.name === "screen_viewed" ? `screen:${call.event.properties.screen}` : call.event.name]
      : [],
  );
}
