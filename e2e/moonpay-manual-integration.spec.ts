import type { Page } from "@playwright/test";
import { expect, test } from "./support/guard.js";
import { completeConnect, createSession, customer } from "./support/moonpay.js";
import { pressToClose } from "./support/press.js";

// The manual MoonPay integration (fixtures/manual-moonpay/): a second client
// of MoonPay's frames protocol, written from MoonPay's docs alone (the
// manual-integration guide's message utilities and crypto, the frames'
// parameter and event tables), with no Framelink package. Run against the
// mock host, it proves that the mock host speaks MoonPay's protocol to any
// integrator, not only to our SDK: whatever this client cannot read, the
// mock host got wrong (or the docs do), not the other way round.

const WALLET = "0x9d5f4f3c1a2b8e7d6c5b4a39281706f5e4d3c2b1";
const pageErrors = new WeakMap<Page, string[]>();

test.beforeEach(async ({ page }) => {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto("/manual-moonpay.html");
  await page.waitForFunction(() => "manual" in window);
});

test.afterEach(async ({ page }) => {
  expect(pageErrors.get(page), "uncaught errors").toEqual([]);
  // Every message our frames' windows sent passed the docs' checks (origin,
  // window, channel, version 2) and came as a JSON string, as the protocol says.
  expect(await page.evaluate(() => window.manual.refused())).toEqual([]);
  expect((await page.evaluate(() => window.manual.events())).filter((event) => event.wire !== "string")).toEqual([]);
});

/** The kinds each frame sent, in order, e.g. `{ "check-connection": ["handshake", "complete"] }`. */
async function kindsByFrame(page: Page): Promise<Record<string, string[]>> {
  const kinds: Record<string, string[]> = {};
  for (const event of await page.evaluate(() => window.manual.events())) {
    kinds[event.frame] = [...(kinds[event.frame] ?? []), event.kind];
  }
  return kinds;
}

/** check → connect, as the docs' connect guide has it; returns the connect frame's `complete`. */
async function checkAndConnect(page: Page, sessionToken: string) {
  const check = await page.evaluate((token) => window.manual.check(token), sessionToken);
  // Not connected yet: the check still returns credentials, anonymous ones
  // (a client token for the connect frame, and a scoped access token).
  expect(check).toMatchObject({ kind: "complete", payload: { status: "connectionRequired" } });
  expect(check.credentials).toMatchObject({ clientToken: "string", accessToken: "string" });

  expect(await page.evaluate(() => window.manual.connect())).toMatchObject({ kind: "ready" });
  // The customer signs in and consents in the co-branded frame.
  await completeConnect(page);
  return page.evaluate(() => window.manual.connected());
}

test("a new customer checks, connects, quotes and pays with Apple Pay through MoonPay's documented protocol", async ({
  page,
  request,
}) => {
  const connected = await checkAndConnect(page, await createSession(request, customer("applepay-")));
  // Connected: authenticated credentials, decrypted with our X25519 private key.
  expect(connected).toMatchObject({ kind: "complete", payload: { status: "active" } });
  expect(connected.credentials).toMatchObject({
    accessToken: "string",
    clientToken: "string",
    expiresAt: expect.any(String),
  });
  expect(Date.parse((connected.credentials as { expiresAt: string }).expiresAt)).toBeGreaterThan(Date.now());

  // The REST API with the access token: an executable Apple Pay quote.
  const quote = await page.evaluate((address) => window.manual.quote(address), WALLET);
  expect(quote.status).toBe(200);
  expect(quote.body.data).toMatchObject({
    source: { asset: { code: "USD" } },
    destination: { asset: { code: "ETH" } },
    wallet: { address: WALLET },
    executable: true,
    signature: expect.any(String),
  });

  // The Apple Pay button, for the quote's signature as returned.
  expect(
    await page.evaluate((signature) => window.manual.applePay(signature), quote.body.data!.signature as string),
  ).toMatchObject({ kind: "ready" });
  const button = page.frameLocator("#pay-container iframe");
  await button.getByRole("button", { name: "Pay with Apple Pay" }).click();
  // Confirming ends the flow: the page removes the frame on `complete`.
  await pressToClose(button.getByRole("button", { name: "Confirm" }));
  expect(await page.evaluate(() => window.manual.paid())).toEqual({
    kind: "complete",
    payload: { transaction: { id: expect.any(String), status: "pending" } },
  });

  // Each frame said exactly what its event table lists, in order.
  expect(await kindsByFrame(page)).toEqual({
    "check-connection": ["handshake", "complete"],
    connect: ["handshake", "ready", "complete"],
    "apple-pay": ["handshake", "ready", "complete"],
  });
  expect(await page.evaluate(() => window.manual.iframeCount())).toBe(0);
});

test("a returning customer's check is active at once, with authenticated credentials", async ({ page, request }) => {
  const id = customer();
  expect(await checkAndConnect(page, await createSession(request, id))).toMatchObject({
    kind: "complete",
    payload: { status: "active" },
  });

  // Another visit: a new page (a new key pair, nothing in memory) and a new session.
  await page.reload();
  await page.waitForFunction(() => "manual" in window);
  const check = await page.evaluate((token) => window.manual.check(token), await createSession(request, id));
  expect(check).toMatchObject({ kind: "complete", payload: { status: "active" } });
  expect(check.credentials).toMatchObject({
    accessToken: "string",
    clientToken: "string",
    expiresAt: expect.any(String),
  });
  expect(await kindsByFrame(page)).toEqual({ "check-connection": ["handshake", "complete"] });
});

test("the check frame does nothing after its handshake until the page answers ack", async ({ page, request }) => {
  // "The frame will not proceed until it receives this": with no ack, two
  // seconds bring only the handshake.
  expect(
    await page.evaluate(
      (token) => window.manual.checkWithoutAck(token, 2000),
      await createSession(request, customer()),
    ),
  ).toEqual(["handshake"]);
});
