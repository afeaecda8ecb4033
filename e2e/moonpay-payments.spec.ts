import type { APIRequestContext, Page } from "@playwright/test";
import { MOCK_HOST_ORIGIN } from "./origins.js";
import { expect, test } from "./support/guard.js";
import { completeConnect, createSession, customer, openMerchant, waitForEvent } from "./support/moonpay.js";

// Seed 000's "Pay with Apple Pay" and MoonPay's other payment frames: after
// connect, payment methods, an executable quote, the Apple Pay, Google Pay,
// Buy, Buy button and widget frames, challenges, transactions, sign-out.

type Answer<T = Record<string, unknown>> = { ok: boolean; value?: T; error?: { code: string } };
const WALLET = "0x9d5f4f3c1a2b8e7d6c5b4a39281706f5e4d3c2b1";

test.beforeEach(async ({ page }) => openMerchant(page));

async function connected(page: Page, request: APIRequestContext, prefix: string): Promise<void> {
  await page.evaluate((t) => window.fixture.createClient(t), await createSession(request, customer(prefix)));
  await page.evaluate(() => window.fixture.connect());
  await completeConnect(page);
  await waitForEvent(page, "complete");
  await page.evaluate(() => window.fixture.disposeFrame());
}

async function executableQuote(
  page: Page,
  paymentMethod = "apple_pay",
): Promise<{ signature: string; expiresAt: string; executable: boolean }> {
  const quote = (await page.evaluate(
    ([walletAddress, method]) =>
      window.fixture.pay.quote({
        source: "usd",
        destination: "eth",
        sourceAmount: "100",
        walletAddress,
        paymentMethod: method,
      }),
    [WALLET, paymentMethod] as const,
  )) as Answer<{ signature: string; expiresAt: string; executable: boolean }>;
  expect(quote.ok).toBe(true);
  return quote.value!;
}

async function payEvent(page: Page, kind: string) {
  const handle = await page.waitForFunction(
    (wanted) => (window.fixture.pay.events() as { kind: string }[]).find((event) => event.kind === wanted),
    kind,
  );
  return (await handle.jsonValue()) as { kind: string; payload: Record<string, unknown> };
}

const payFrame = (page: Page) => page.frameLocator("#pay-container iframe");

/** What a customer does in a wallet's frame: the button, then “Confirm” on the sheet. */
async function payInFrame(page: Page, button = "Pay with Apple Pay"): Promise<void> {
  await payFrame(page).getByRole("button", { name: button }).click();
  await payFrame(page).getByRole("button", { name: "Confirm" }).click();
}

test("a new customer connects, quotes, pays with Apple Pay and follows the transaction to completed", async ({
  page,
  request,
}) => {
  await connected(page, request, "applepay-");
  const methods = (await page.evaluate(() => window.fixture.pay.paymentMethods())) as Answer<{
    paymentMethodConfigs: { type: string }[];
    paymentMethods: { id: string; last4?: string }[];
  }>;
  expect(methods.value?.paymentMethodConfigs).toEqual(
    expect.arrayContaining([
      {
        type: "apple_pay",
        capabilities: {
          supportedCurrencies: ["USD"],
          supportedTransactionTypes: ["buy"],
          allowsDeletion: false,
          requiresWidget: false,
        },
        availability: { active: true },
      },
      expect.objectContaining({ type: "card", capabilities: expect.objectContaining({ allowsDeletion: true }) }),
    ]),
  );
  expect(methods.value?.paymentMethods[0]).toMatchObject({ type: "card", last4: "4242" });
  const price = (await page.evaluate(() =>
    window.fixture.pay.quote({ source: "usd", destination: "eth", sourceAmount: "100" }),
  )) as Answer<{ executable: boolean; wallet: unknown }>;
  expect(price.value).toMatchObject({ executable: false, wallet: null });
  const quote = (await executableQuote(page)) as unknown as Record<string, unknown>;
  expect(quote).toMatchObject({
    executable: true,
    source: { amount: "100.00", asset: { code: "USD" } },
    destination: { asset: { code: "ETH" } },
    fees: {
      network: { asset: { code: "USD" } },
      moonpay: { asset: { code: "USD" } },
      ecosystem: { asset: { code: "USD" } },
    },
    wallet: { address: WALLET },
    paymentMethod: { type: "apple_pay" },
    paymentDisclosures: [{ id: "us-transaction-finality", version: "1" }],
  });
  expect(typeof quote.exchangeRate).toBe("string");

  expect(await page.evaluate((s) => window.fixture.pay.applePay(s), quote.signature as string)).toEqual({ ok: true });
  await payEvent(page, "ready");
  const frame = page.locator("#pay-container iframe");
  await expect(frame).toHaveAttribute("allow", "payment 'src'");
  await expect(frame).toHaveAttribute("referrerpolicy", "no-referrer");
  await expect(frame).toHaveCSS("height", "44px");
  await payInFrame(page);
  const complete = await payEvent(page, "complete");
  const transaction = complete.payload.transaction as { id: string; status: string };
  expect(transaction.status).toBe("pending");

  const settled = (await page.evaluate((id) => window.fixture.pay.waitFor(id), transaction.id)) as Answer<{
    status: string;
    stages: { kind: string; status: string }[];
  }>;
  expect(settled.value).toMatchObject({
    status: "completed",
    paymentMethod: { type: "apple_pay" },
    wallet: { address: WALLET },
    destination: { asset: { code: "ETH" } },
  });
  expect(settled.value?.stages.map((stage) => stage.kind)).toEqual([
    "ordering",
    "waiting_payment",
    "processing",
    "delivery",
  ]);
  expect(settled.value?.stages.every((stage) => stage.status === "success")).toBe(true);
  const listed = (await page.evaluate(() => window.fixture.pay.list())) as Answer<{
    data: { id: string }[];
    pageInfo: { nextCursor: string | null };
  }>;
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
  expect((await payEvent(page, "error")).payload).toMatchObject({ code: "quoteExpired" });
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
    expect(url.startsWith(`${MOCK_HOST_ORIGIN}/platform/v1/challenge?`)).toBe(true);
    expect(new URL(url).searchParams.get("challengeToken")).toBeTruthy();
    expect(await page.evaluate((u) => window.fixture.pay.challenge(u), url)).toEqual({ ok: true });
    await page.frameLocator("#challenge-container iframe").getByRole("button", { name: decision }).click();
    if (decision === "Approve") {
      const complete = await page.waitForFunction(() =>
        (window.fixture.pay.events() as { kind: string; source?: string }[]).find(
          (event) => event.source === "challenge" && event.kind === "complete",
        ),
      );
      expect(await complete.jsonValue()).toMatchObject({
        payload: { flow: "buy", transaction: { status: "pending" } },
      });
    } else {
      expect((await payEvent(page, "cancelled")).kind).toBe("cancelled");
    }
  });
}

test("a challenge URL that is not on the frame host is refused", async ({ page, request }) => {
  await connected(page, request, "applepay-");
  const answer = (await page.evaluate(() =>
    window.fixture.pay.challenge("https://evil.example/platform/v1/challenge?challengeToken=x"),
  )) as Answer;
  expect(answer.error?.code).toBe("invalidOptions");
});

test("a declined payment completes failed, with a failure code", async ({ page, request }) => {
  await connected(page, request, "applepay-declined-");
  await page.evaluate((s) => window.fixture.pay.applePay(s), (await executableQuote(page)).signature);
  await payEvent(page, "ready");
  await payInFrame(page);
  expect((await payEvent(page, "complete")).payload.transaction).toMatchObject({
    status: "failed",
    failureCode: "card_declined",
  });
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
  expect(((await page.evaluate(() => window.fixture.pay.credentials())) as Answer).error?.code).toBe(
    "credentialsExpired",
  );
  expect(((await page.evaluate(() => window.fixture.pay.paymentMethods())) as Answer).error?.code).toBe(
    "credentialsExpired",
  );
});

test("with anonymous credentials only, full calls are refused before any request", async ({ page, request }) => {
  await page.evaluate((t) => window.fixture.createClient(t), await createSession(request, customer()));
  await page.evaluate(() => window.fixture.getConnection());
  expect(((await page.evaluate(() => window.fixture.pay.credentials())) as Answer).error?.code).toBe("noActiveSession");
  expect(((await page.evaluate(() => window.fixture.pay.paymentMethods())) as Answer).error?.code).toBe(
    "noActiveSession",
  );
  // The API's own refusal of an anonymous token (403) is covered in the mock host's unit tests.
});

test("resetConnection signs the device out: credentials forgotten here and revoked at MoonPay", async ({
  page,
  request,
}) => {
  await connected(page, request, "applepay-");
  const before = (await page.evaluate(() => window.fixture.pay.credentials())) as Answer<{ accessToken: string }>;
  const accessToken = before.value!.accessToken;
  expect(await page.evaluate(() => window.fixture.pay.reset())).toEqual({ ok: true });
  expect(((await page.evaluate(() => window.fixture.pay.credentials())) as Answer).error?.code).toBe("noActiveSession");
  const revoked = await request.get(`${MOCK_HOST_ORIGIN}/platform/v1/payment-methods`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
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

test("Google Pay: a 44 px button whose sandbox allows the wallet's popup, paid through its sheet", async ({
  page,
  request,
}) => {
  await connected(page, request, "googlepay-");
  const signature = (await executableQuote(page, "google_pay")).signature;
  expect(await page.evaluate((s) => window.fixture.pay.frame("googlePay", s, "order-42"), signature)).toEqual({
    ok: true,
  });
  await payEvent(page, "ready");
  const frame = page.locator("#pay-container iframe");
  await expect(frame).toHaveCSS("height", "44px");
  expect((await frame.getAttribute("sandbox"))?.split(" ")).toContain("allow-popups");
  expect(new URL((await frame.getAttribute("src"))!).searchParams.get("externalTransactionId")).toBe("order-42");
  await payInFrame(page, "Pay with Google Pay");
  expect(((await payEvent(page, "complete")).payload.transaction as { status: string }).status).toBe("pending");
});

test("Google Pay on a device without it gets unsupported", async ({ page, request }) => {
  await connected(page, request, "applepay-");
  await page.evaluate(
    (s) => window.fixture.pay.frame("googlePay", s),
    (await executableQuote(page, "google_pay")).signature,
  );
  expect((await payEvent(page, "unsupported")).kind).toBe("unsupported");
});

test("the headless Buy frame pays with the stored card, in a hidden frame, and reports the transaction", async ({
  page,
  request,
}) => {
  await connected(page, request, "buyer-");
  const methods = (await page.evaluate(() => window.fixture.pay.paymentMethods())) as Answer<{
    paymentMethods: { id: string }[];
  }>;
  const card = methods.value!.paymentMethods[0]!.id;
  const quote = (await page.evaluate(
    ([walletAddress, id]) =>
      window.fixture.pay.quote({
        source: "usd",
        destination: "eth",
        sourceAmount: "50",
        walletAddress,
        paymentMethod: { type: "card", id },
      }),
    [WALLET, card] as const,
  )) as Answer<{ signature: string; executable: boolean }>;
  expect(quote.value?.executable).toBe(true);
  expect(await page.evaluate((s) => window.fixture.pay.frame("buy", s), quote.value!.signature)).toEqual({ ok: true });
  const frame = page.locator("#pay-container iframe");
  await expect(frame).toHaveCSS("width", "0px");
  await expect(frame).toHaveAttribute("aria-hidden", "true");
  const transaction = (await payEvent(page, "complete")).payload.transaction as { id: string; status: string };
  expect(transaction.status).toBe("pending");
  const fetched = (await page.evaluate((id) => window.fixture.pay.transaction(id), transaction.id)) as Answer<{
    paymentMethod: { type: string };
  }>;
  expect(fetched.value?.paymentMethod.type).toBe("card");
});

test("the Buy frame refuses a quote signature it cannot decode with invalidQuote", async ({ page, request }) => {
  await connected(page, request, "buyer-");
  await page.evaluate(() => window.fixture.pay.frame("buy", "not-a-signature"));
  expect((await payEvent(page, "error")).payload).toMatchObject({ code: "invalidQuote" });
});

test("the Buy button pays when pressed", async ({ page, request }) => {
  await connected(page, request, "buyer-");
  await page.evaluate(
    (s) => window.fixture.pay.frame("buyButton", s),
    (await executableQuote(page, "apple_pay")).signature,
  );
  await payEvent(page, "ready");
  await payFrame(page).getByRole("button", { name: "Buy now" }).click();
  expect(((await payEvent(page, "complete")).payload.transaction as { status: string }).status).toBe("pending");
});

test("the widget creates a transaction when the customer confirms, then completes", async ({ page, request }) => {
  await connected(page, request, "buyer-");
  expect(
    await page.evaluate((s) => window.fixture.pay.widget(s), (await executableQuote(page, "apple_pay")).signature),
  ).toEqual({ ok: true });
  await payEvent(page, "ready");
  const src = new URL((await page.locator("#pay-container iframe").getAttribute("src"))!);
  expect([...src.searchParams.keys()].sort()).toEqual(["channelId", "clientToken", "flow", "quoteSignature"]);
  expect(src.searchParams.get("flow")).toBe("buy");
  await payFrame(page).getByRole("button", { name: "Confirm purchase" }).click();
  const created = (await payEvent(page, "transactionCreated")).payload.transaction as { id: string };
  const complete = (await payEvent(page, "complete")).payload.transaction as { id: string };
  expect(complete.id).toBe(created.id);
});
