import { type APIRequestContext, type Page } from "@playwright/test";
import { expect, test } from "./support/guard.js";
import { MOCK_HOST_ORIGIN } from "./origins.js";
import { completeConnect, createSession, customer, expectCleanPage, openMerchant, waitForEvent } from "./support/moonpay.js";

// Seed 000's "Pay with Apple Pay": after connect, payment methods, an
// executable quote, the Apple Pay frame, challenges, transactions, sign-out.

type Answer<T = Record<string, unknown>> = { ok: boolean; value?: T; error?: { code: string } };
const WALLET = "0x9d5f4f3c1a2b8e7d6c5b4a39281706f5e4d3c2b1";

test.beforeEach(async ({ page }) => openMerchant(page));
test.afterEach(({ page }) => expectCleanPage(page));

async function connected(page: Page, request: APIRequestContext, prefix: string): Promise<void> {
  await page.evaluate((t) => window.fixture.createClient(t), await createSession(request, customer(prefix)));
  await page.evaluate(() => window.fixture.connect());
  await completeConnect(page);
  await waitForEvent(page, "complete");
  await page.evaluate(() => window.fixture.disposeFrame());
}

async function executableQuote(page: Page): Promise<{ signature: string; expiresAt: string; executable: boolean }> {
  const quote = (await page.evaluate(
    (walletAddress) => window.fixture.pay.quote({ source: "usd", destination: "eth", sourceAmount: "100", walletAddress, paymentMethod: "apple_pay" }),
    WALLET,
  )) as Answer<{ signature: string; expiresAt: string; executable: boolean }>;
  expect(quote.ok).toBe(true);
  return quote.value!;
}

async function payEvent(page: Page, kind: string) {
  const handle = await page.waitForFunction((wanted) => (window.fixture.pay.events() as { kind: string }[]).find((event) => event.kind === wanted), kind);
  return (await handle.jsonValue()) as { kind: string; payload: Record<string, unknown> };
}

const applePayFrame = (page: Page) => page.frameLocator("#pay-container iframe");

/** What a customer does in the Apple Pay frame: the button, then “Confirm” on the sheet. */
async function payInFrame(page: Page): Promise<void> {
  await applePayFrame(page).getByRole("button", { name: "Pay with Apple Pay" }).click();
  await applePayFrame(page).getByRole("button", { name: "Confirm" }).click();
}

test("a new customer connects, quotes, pays with Apple Pay and follows the transaction to completed", async ({ page, request }) => {
  await connected(page, request, "applepay-");
  const methods = (await page.evaluate(() => window.fixture.pay.paymentMethods())) as Answer<{ paymentMethodConfigs: { type: string; availability: { active: boolean; reason?: string } }[] }>;
  expect(methods.value?.paymentMethodConfigs).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ type: "apple_pay", availability: { active: true } }),
      expect.objectContaining({ type: "card", availability: { active: false, reason: "notAvailableInPreview" } }),
    ]),
  );
  const price = (await page.evaluate(() => window.fixture.pay.quote({ source: "usd", destination: "eth", sourceAmount: "100" }))) as Answer<{ executable: boolean }>;
  expect(price.value?.executable).toBe(false);
  const quote = await executableQuote(page);
  expect(quote.executable).toBe(true);

  expect(await page.evaluate((s) => window.fixture.pay.applePay(s), quote.signature)).toEqual({ ok: true });
  await payEvent(page, "ready");
  const frame = page.locator("#pay-container iframe");
  await expect(frame).toHaveAttribute("allow", "payment 'src'");
  await expect(frame).toHaveCSS("height", "160px");
  await payInFrame(page);
  const complete = await payEvent(page, "complete");
  const transaction = complete.payload.transaction as { id: string; status: string };
  expect(transaction.status).toBe("pending");

  const settled = (await page.evaluate((id) => window.fixture.pay.waitFor(id), transaction.id)) as Answer<{ status: string; stages: { status: string }[] }>;
  expect(settled.value?.status).toBe("completed");
  expect(settled.value?.stages.every((stage) => stage.status === "success")).toBe(true);
  const listed = (await page.evaluate(() => window.fixture.pay.list())) as Answer<{ data: { id: string }[]; pageInfo: { nextCursor: string | null } }>;
  expect(listed.value?.data.map((item) => item.id)).toEqual([transaction.id]);
  expect(listed.value?.pageInfo.nextCursor).toBeNull();
});

test("a device without Apple Pay gets unsupported", async ({ page, request }) => {
  await connected(page, request, "plain-");
  await page.evaluate((s) => window.fixture.pay.applePay(s), (await executableQuote(page)).signature);
  expect((await payEvent(page, "unsupported")).kind).toBe("unsupported");
});

test("an expired quote is replaced with setQuote, and the payment goes through", async ({ page, request }) => {
  await connected(page, request, "applepay-quickquote-");
  const stale = await executableQuote(page);
  await page.waitForTimeout(Math.max(0, Date.parse(stale.expiresAt) - Date.now() + 200));
  await page.evaluate((s) => window.fixture.pay.applePay(s), stale.signature);
  await payEvent(page, "quoteExpired");
  const fresh = await executableQuote(page);
  expect(await page.evaluate((s) => window.fixture.pay.setQuote(s), fresh.signature)).toEqual({ ok: true });
  await payEvent(page, "ready");
  await payInFrame(page);
  expect(((await payEvent(page, "complete")).payload.transaction as { status: string }).status).toBe("pending");
});

test("a tampered quote signature is refused by the payment frame", async ({ page, request }) => {
  await connected(page, request, "applepay-");
  const quote = await executableQuote(page);
  const [body, mac] = quote.signature.split(".");
  const tampered = `${body!.slice(0, -2)}AA.${mac}`;
  await page.evaluate((s) => window.fixture.pay.applePay(s), tampered);
  expect((await payEvent(page, "error")).payload).toMatchObject({ code: "invalidQuote" });
});

for (const decision of ["Approve", "Reject"] as const) {
  test(`a payment that needs a challenge: the customer chooses ${decision}`, async ({ page, request }) => {
    await connected(page, request, "applepay-challenge-");
    await page.evaluate((s) => window.fixture.pay.applePay(s), (await executableQuote(page)).signature);
    await payEvent(page, "ready");
    await payInFrame(page);
    const url = (await payEvent(page, "challenge")).payload.url as string;
    expect(url.startsWith(`${MOCK_HOST_ORIGIN}/platform/v1/challenge?challengeToken=`)).toBe(true);
    expect(await page.evaluate((u) => window.fixture.pay.challenge(u), url)).toEqual({ ok: true });
    await page.frameLocator("#challenge-container iframe").getByRole("button", { name: decision }).click();
    if (decision === "Approve") {
      const complete = await page.waitForFunction(() =>
        (window.fixture.pay.events() as { kind: string; source?: string }[]).find((event) => event.source === "challenge" && event.kind === "complete"),
      );
      expect(await complete.jsonValue()).toMatchObject({ payload: { flow: "threeDSecure", transaction: { status: "pending" } } });
    } else {
      expect((await payEvent(page, "cancelled")).kind).toBe("cancelled");
    }
  });
}

test("a challenge URL that is not on the frame host is refused", async ({ page, request }) => {
  await connected(page, request, "applepay-");
  const answer = (await page.evaluate(() => window.fixture.pay.challenge("https://evil.example/platform/v1/challenge?challengeToken=x"))) as Answer;
  expect(answer.error?.code).toBe("invalidOptions");
});

test("a declined payment completes failed, with a failure code", async ({ page, request }) => {
  await connected(page, request, "applepay-declined-");
  await page.evaluate((s) => window.fixture.pay.applePay(s), (await executableQuote(page)).signature);
  await payEvent(page, "ready");
  await payInFrame(page);
  expect((await payEvent(page, "complete")).payload.transaction).toMatchObject({ status: "failed", failureCode: "card_declined" });
});

test("a device whose IP does not match the session gets ipAddressMismatch", async ({ page, request }) => {
  await connected(page, request, "applepay-roaming-");
  await page.evaluate((s) => window.fixture.pay.applePay(s), (await executableQuote(page)).signature);
  expect((await payEvent(page, "error")).payload).toMatchObject({ code: "ipAddressMismatch" });
});

test("expired credentials are reported before any call", async ({ page, request }) => {
  await connected(page, request, "applepay-shortlived-");
  expect(((await page.evaluate(() => window.fixture.pay.credentials())) as Answer).ok).toBe(true);
  await page.waitForTimeout(3200);
  expect(((await page.evaluate(() => window.fixture.pay.credentials())) as Answer).error?.code).toBe("credentialsExpired");
  expect(((await page.evaluate(() => window.fixture.pay.paymentMethods())) as Answer).error?.code).toBe("credentialsExpired");
});

test("with anonymous credentials only, full calls are refused before any request", async ({ page, request }) => {
  await page.evaluate((t) => window.fixture.createClient(t), await createSession(request, customer()));
  await page.evaluate(() => window.fixture.getConnection());
  expect(((await page.evaluate(() => window.fixture.pay.credentials())) as Answer).error?.code).toBe("noActiveSession");
  expect(((await page.evaluate(() => window.fixture.pay.paymentMethods())) as Answer).error?.code).toBe("noActiveSession");
  // The API's own refusal of an anonymous token (403) is covered in the mock host's unit tests.
});

test("resetConnection signs the device out: credentials forgotten here and revoked at MoonPay", async ({ page, request }) => {
  await connected(page, request, "applepay-");
  const before = (await page.evaluate(() => window.fixture.pay.credentials())) as Answer<{ accessToken: string }>;
  const accessToken = before.value!.accessToken;
  expect(await page.evaluate(() => window.fixture.pay.reset())).toEqual({ ok: true });
  expect(((await page.evaluate(() => window.fixture.pay.credentials())) as Answer).error?.code).toBe("noActiveSession");
  const revoked = await request.get(`${MOCK_HOST_ORIGIN}/platform/v1/payment-methods`, { headers: { Authorization: `Bearer ${accessToken}` } });
  expect(revoked.status()).toBe(401);
  await expect(page.locator('iframe[title="MoonPay sign-out"]')).toHaveCount(0);
});

test("waiting for a transaction stops at once when aborted", async ({ page, request }) => {
  await connected(page, request, "applepay-");
  await page.evaluate((s) => window.fixture.pay.applePay(s), (await executableQuote(page)).signature);
  await payEvent(page, "ready");
  await payInFrame(page);
  const id = ((await payEvent(page, "complete")).payload.transaction as { id: string }).id;
  const started = Date.now();
  const answer = (await page.evaluate((transactionId) => window.fixture.pay.waitFor(transactionId, 100), id)) as Answer;
  expect(answer.error?.code).toBe("aborted");
  expect(Date.now() - started).toBeLessThan(1500);
});
