import type { APIRequestContext } from "@playwright/test";
import { MOCK_HOST_ORIGIN } from "./origins.js";
import { expect, test } from "./support/guard.js";
import {
  chooseBank,
  connect,
  createLinkSession,
  linkAccounts,
  logIn,
  openLinkPage,
  outcome,
  pressToClose,
} from "./support/moneykit.js";
import { completeConnect, createSession, customer, openMerchant, waitForEvent } from "./support/moonpay.js";
import { decideAndWaitForClose } from "./support/oauth.js";

// The integrator's kit: a test sets a customer's outcome through the mock
// host's documented scenario endpoint, and the vendors' frames in the
// browser follow it, for customer ids that carry no scenario words.

async function setScenario(request: APIRequestContext, customerId: string, scenario: unknown): Promise<void> {
  const response = await request.put(`${MOCK_HOST_ORIGIN}/_mock/scenarios/${encodeURIComponent(customerId)}`, {
    data: scenario,
  });
  expect(response.status()).toBe(200);
}

test("MoonPay: a connect flow ends in the status the scenario names, and stays there", async ({ page, request }) => {
  const id = customer("kit-");
  await setScenario(request, id, { moonpay: { connect: "unavailable" } });
  await openMerchant(page);
  await page.evaluate((token) => window.fixture.createClient(token), await createSession(request, id));
  await page.evaluate(() => window.fixture.connect());
  await completeConnect(page);
  expect(await waitForEvent(page, "complete")).toMatchObject({ connection: { status: "unavailable" } });
  expect(
    await page.evaluate(
      async (token) => {
        window.fixture.createClient(token);
        return window.fixture.getConnection();
      },
      await createSession(request, id),
    ),
  ).toMatchObject({ ok: true, value: { status: "unavailable" } });
});

test("MoonPay: a returning customer is active at once, with no connect frame", async ({ page, request }) => {
  const id = customer("kit-");
  await setScenario(request, id, { moonpay: { connection: "returning" } });
  await openMerchant(page);
  await page.evaluate((token) => window.fixture.createClient(token), await createSession(request, id));
  expect(await page.evaluate(() => window.fixture.getConnection())).toMatchObject({
    ok: true,
    value: { status: "active" },
  });
  await expect(page.locator("iframe")).toHaveCount(0);
});

test("MoonPay: a payment fails with the failureCode the scenario names", async ({ page, request }) => {
  const id = customer("kit-");
  await setScenario(request, id, {
    moonpay: { payment: "failed", failureCode: "insufficient_funds", failureReason: "Not enough money on the card." },
  });
  await openMerchant(page);
  await page.evaluate((token) => window.fixture.createClient(token), await createSession(request, id));
  await page.evaluate(() => window.fixture.connect());
  await completeConnect(page);
  await waitForEvent(page, "complete");
  await page.evaluate(() => window.fixture.disposeFrame());
  const quote = (await page.evaluate(async (walletAddress) => {
    const methods = (await window.fixture.pay.paymentMethods()) as { value: { paymentMethods: { id: string }[] } };
    const card = methods.value.paymentMethods[0]!.id;
    return window.fixture.pay.quote({
      source: "usd",
      destination: "eth",
      sourceAmount: "50",
      walletAddress,
      paymentMethod: { type: "card", id: card },
    });
  }, "0x9d5f4f3c1a2b8e7d6c5b4a39281706f5e4d3c2b1")) as { value: { signature: string } };
  // The Buy frame pays the customer's stored card as soon as it is mounted.
  await page.evaluate((signature) => window.fixture.pay.frame("buy", signature), quote.value.signature);
  const complete = await page.waitForFunction(() =>
    (window.fixture.pay.events() as { kind: string }[]).find((event) => event.kind === "complete"),
  );
  expect(await complete.jsonValue()).toMatchObject({
    payload: {
      transaction: {
        status: "failed",
        failureCode: "insufficient_funds",
        failureReason: "Not enough money on the card.",
      },
    },
  });
});

test("MoneyKit: login mfa makes a bank that asks none ask for a code", async ({ page, request }) => {
  const id = customer("kit-user-");
  await setScenario(request, id, { moneykit: { login: "mfa" } });
  await openLinkPage(page);
  await page.evaluate((token) => window.mk.link(token), await createLinkSession(request, { customerUserId: id }));
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame);
  await frame.getByLabel("Verification code").fill("123456");
  await frame.getByRole("button", { name: "Submit" }).click();
  await linkAccounts(frame);
  expect(await outcome(page)).toMatchObject({ callback: "onLinkSuccess" });
});

test("MoneyKit: oauth deny makes the bank refuse though the user approves", async ({ page, request }) => {
  const id = customer("kit-user-");
  await setScenario(request, id, { moneykit: { oauth: "deny" } });
  await openLinkPage(page);
  await page.evaluate((token) => window.mk.link(token), await createLinkSession(request, { customerUserId: id }));
  const frame = connect(page);
  await chooseBank(frame, "OAuth National Bank");
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    frame.getByRole("button", { name: "Continue to OAuth National Bank" }).click(),
  ]);
  await decideAndWaitForClose(popup, "Approve");
  await expect(frame.getByRole("alert")).toHaveText(/declined/);
  await pressToClose(frame.getByRole("button", { name: "Exit" }));
  expect(await outcome(page)).toMatchObject({ callback: "onLinkExit", error: { error_id: "oauth_denied" } });
});
