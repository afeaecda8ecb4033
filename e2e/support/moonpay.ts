import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { MOCK_HOST_ORIGIN } from "../origins.js";
import { pressToClose } from "./press.js";
import { SECRET_KEY } from "./test-accounts.js";

export { customer } from "./test-accounts.js";

/** Creates a session the way a merchant's server does; returns the single-use token. */
export async function createSession(
  request: APIRequestContext,
  externalCustomerId: string,
  deviceIp = "127.0.0.1",
): Promise<string> {
  const response = await request.post(`${MOCK_HOST_ORIGIN}/platform/v1/session`, {
    headers: { Authorization: `Api-Key ${SECRET_KEY}` },
    data: { externalCustomerId, deviceIp },
  });
  expect(response.status()).toBe(201);
  const { sessionToken } = (await response.json()) as { sessionToken: string };
  return sessionToken;
}

/** Opens the merchant fixture page, on the merchant origin unless told another. */
export async function openMerchant(page: Page, origin = ""): Promise<void> {
  await page.goto(`${origin}/moonpay.html`);
  await page.waitForFunction(() => "fixture" in window);
}

export async function openSeedPage(page: Page): Promise<void> {
  await page.goto("/seed.html");
  await page.waitForFunction(() => "seed" in window);
}

/** The visible connect frame, driven by role and label as a person would. */
export function connectFrame(page: Page) {
  return page.frameLocator("#connect-container iframe");
}

/** Walks the connect UI from sign-in to the consent screen, then presses `choice`. */
export async function completeConnect(page: Page, choice: "Connect" | "Decline" = "Connect"): Promise<void> {
  const frame = connectFrame(page);
  await frame.getByLabel("Email").fill("customer@example.com");
  await frame.getByRole("button", { name: "Continue" }).click();
  await frame.getByLabel("Verification code").fill("000000");
  await frame.getByRole("button", { name: "Verify" }).click();
  // The page may remove the frame on `complete` (the seed's sample does).
  await pressToClose(frame.getByRole("button", { name: choice, exact: true }));
}

/** Resolves once the fixture has recorded an event of `kind`, and returns it. */
export async function waitForEvent(page: Page, kind: string): Promise<Record<string, unknown>> {
  const handle = await page.waitForFunction(
    (wanted) => (window.fixture.events() as { kind: string }[]).find((event) => event.kind === wanted),
    kind,
  );
  return (await handle.jsonValue()) as Record<string, unknown>;
}

/** Makes `externalCustomerId` a customer with an active connection: connects once on the fixture page. */
export async function connectCustomer(
  page: Page,
  request: APIRequestContext,
  externalCustomerId: string,
): Promise<Record<string, unknown>> {
  await page.evaluate((t) => window.fixture.createClient(t), await createSession(request, externalCustomerId));
  await page.evaluate(() => window.fixture.connect());
  await completeConnect(page);
  return waitForEvent(page, "complete");
}
