import { partGlobal } from "@framelink/script-tags/parts";
import type { Page } from "@playwright/test";
import { MOCK_HOST_ORIGIN } from "./origins.js";
import { recordCspViolations } from "./support/csp.js";
import { expect, LOGS_SECRETS_BY_DESIGN, test } from "./support/guard.js";
import { chooseBank, connect, createLinkSession, linkAccounts, logIn } from "./support/moneykit.js";
import { connectCustomer, createSession, customer, openMerchant } from "./support/moonpay.js";
import { withoutWebCryptoX25519 } from "./support/without-x25519.js";

// The seeds' samples on pages that load Framelink by <script> tag, with SRI,
// under the fixtures' strict CSP.

test("seed 001's link sample runs with `new MoneyKit(…)` from the script tag", {
  annotation: { type: LOGS_SECRETS_BY_DESIGN, description: "seed 001's sample logs the exchangeable token it gets" },
}, async ({ page, request }) => {
  const violations = recordCspViolations(page);
  const logs: string[] = [];
  page.on("console", (message) => logs.push(message.text()));
  await page.goto("/script-moneykit.html");
  await page.waitForFunction(() => "seedMoneyKit" in window && "MoneyKit" in window);
  await page.evaluate((token) => window.seedMoneyKit.linkSample(token), await createLinkSession(request));
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame);
  await linkAccounts(frame);
  await expect.poll(() => logs.find((line) => line.startsWith("Link created successfully"))).toBeTruthy();
  expect(violations).toEqual([]);
});

test("with the MoneyKit script tag, an OAuth bank links through Connect's popup; the page running Connect never loads the redirect page's part", {
  annotation: { type: LOGS_SECRETS_BY_DESIGN, description: "seed 001's sample logs the exchangeable token it gets" },
}, async ({ page, request }) => {
  const violations = recordCspViolations(page);
  const logs: string[] = [];
  const loaded: string[] = [];
  page.on("console", (message) => logs.push(message.text()));
  page.on("request", (sent) => loaded.push(new URL(sent.url()).pathname));
  await page.goto("/script-moneykit.html");
  await page.waitForFunction(() => "seedMoneyKit" in window && "MoneyKit" in window);
  expect(loaded.filter((path) => path.endsWith("-oauth.js"))).toEqual([]);
  await page.evaluate((token) => window.seedMoneyKit.linkSample(token), await createLinkSession(request));
  const frame = connect(page);
  await chooseBank(frame, "OAuth National Bank");
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    frame.getByRole("button", { name: "Continue to OAuth National Bank" }).click(),
  ]);
  const closed = popup.waitForEvent("close");
  await popup
    .getByRole("button", { name: "Approve" })
    .click()
    .catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
  await closed;
  await linkAccounts(frame);
  await expect.poll(() => logs.find((line) => line.startsWith("Link created successfully"))).toBeTruthy();
  // Connect opens the bank itself; framelink-moneykit-oauth.js is continue()'s hand-over, for the redirect page only.
  expect(loaded.filter((path) => path.endsWith("-oauth.js"))).toEqual([]);
  expect(violations).toEqual([]);
});

test("seed 000's check sample runs with the MoonPay script tag's global", async ({ page, request }) => {
  await page.goto("/script-moonpay.html");
  await page.waitForFunction(() => "seed" in window);
  const logged = page.waitForEvent("console", (message) => message.type() === "log");
  await page.evaluate((token) => window.seed.checkConnectionSample(token), await createSession(request, customer()));
  expect(await (await logged).args()[0]!.jsonValue()).toEqual({ status: "connectionRequired" });
});

test("the MoonPay script tag loads its X25519 part with SRI only where Web Crypto lacks X25519", async ({
  page,
  request,
}) => {
  const loaded: string[] = [];
  page.on("request", (sent) => loaded.push(new URL(sent.url()).pathname));
  await page.goto("/script-moonpay.html");
  await page.waitForFunction(() => "seed" in window);
  const first = page.waitForEvent("console", (message) => message.type() === "log");
  await page.evaluate((token) => window.seed.checkConnectionSample(token), await createSession(request, customer()));
  await first;
  expect(loaded.filter((path) => path.endsWith("x25519.js"))).toEqual([]);

  await withoutWebCryptoX25519(page);
  await page.goto("/script-moonpay.html");
  await page.waitForFunction(() => "seed" in window);
  const logged = page.waitForEvent("console", (message) => message.type() === "log");
  await page.evaluate((token) => window.seed.checkConnectionSample(token), await createSession(request, customer()));
  expect(await (await logged).args()[0]!.jsonValue()).toEqual({ status: "connectionRequired" });
  expect(loaded.filter((path) => path.endsWith("x25519.js"))).toEqual(["/script-tags/framelink-x25519.js"]);
});

test("the combined script exposes both vendors", async ({ page }) => {
  await page.goto("/script-both.html");
  const globals = await page.evaluate(() => {
    const framelink = (window as unknown as { Framelink: { moonpay: Record<string, unknown>; MoneyKit: unknown } })
      .Framelink;
    return {
      createClient: typeof framelink.moonpay.createClient,
      MoneyKit: typeof framelink.MoneyKit,
      globalMoneyKit: typeof (window as unknown as { MoneyKit: unknown }).MoneyKit,
    };
  });
  expect(globals).toEqual({ createClient: "function", MoneyKit: "function", globalMoneyKit: "function" });
});

test("a script whose bytes do not match its integrity hash does not run", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => errors.push(message.text()));
  await page.goto("/script-tampered.html");
  expect(await page.evaluate(() => "MoneyKit" in window)).toBe(false);
  expect(errors.some((line) => /integrity/i.test(line))).toBe(true);
});

type Answer = { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };

/** On a script-tag page: a client for `token`, its connection, then a quote. */
function checkThenQuote(page: Page, token: string): Promise<{ status: unknown; quote: Answer; again: Answer }> {
  return page.evaluate(async (sessionToken) => {
    const plain = (result: { ok: boolean; value?: unknown; error?: { code: string } }): Answer =>
      result.ok
        ? { ok: true, value: result.value as Record<string, unknown> }
        : { ok: false, error: { code: result.error!.code } };
    const moonpay = (window as unknown as { FramelinkMoonPay: typeof import("@framelink/moonpay") }).FramelinkMoonPay;
    const client = moonpay.createClient({ sessionToken }).value!;
    const connection = await client.getConnection();
    const input = { source: "usd", destination: "eth", sourceAmount: "100" };
    const quote = plain(await client.getQuote(input));
    const again = plain(await client.getQuote(input));
    client.dispose();
    return { status: connection.value?.status, quote, again };
  }, token);
}

test("the MoonPay script tag loads its payment calls on first use, checked against their SRI hash", async ({
  page,
  request,
}) => {
  const id = customer();
  await openMerchant(page);
  await connectCustomer(page, request, id);
  const violations = recordCspViolations(page);
  const loaded: string[] = [];
  page.on("request", (sent) => loaded.push(new URL(sent.url()).pathname));
  await page.goto("/script-moonpay.html");
  expect(loaded.filter((path) => path.endsWith("-payments.js"))).toEqual([]);
  const answer = await checkThenQuote(page, await createSession(request, id));
  expect(answer.status).toBe("active");
  expect(answer.quote.ok).toBe(true);
  expect(answer.again.ok).toBe(true);
  expect(loaded.filter((path) => path.endsWith("-payments.js"))).toEqual([
    "/script-tags/framelink-moonpay-payments.js",
  ]);
  const leftovers = await page.evaluate(
    (global) => ({
      global: global in window,
      element: [...document.scripts].some((script) => script.src.includes("-payments")),
    }),
    partGlobal("payments"),
  );
  expect(leftovers).toEqual({ global: false, element: false });
  expect(violations).toEqual([]);
});

test("an altered payments file is refused: payment calls fail with loadFailed, the rest still works", async ({
  page,
  request,
}) => {
  const id = customer();
  await openMerchant(page);
  await connectCustomer(page, request, id);
  const errors: string[] = [];
  page.on("console", (message) => errors.push(message.text()));
  await page.goto("/script-moonpay-altered-payments.html");
  const answer = await checkThenQuote(page, await createSession(request, id));
  expect(answer.status).toBe("active");
  expect(answer.quote.error?.code).toBe("loadFailed");
  expect(answer.again.error?.code).toBe("loadFailed");
  expect(errors.some((line) => /integrity/i.test(line))).toBe(true);
  expect(await page.evaluate((global) => global in window, partGlobal("payments"))).toBe(false);
});

test("injected markup that clobbers document.currentScript is not taken for the tag: no part is fetched from where it points", async ({
  page,
  request,
}) => {
  const id = customer();
  await openMerchant(page);
  await connectCustomer(page, request, id);
  const loaded: string[] = [];
  page.on("request", (sent) => loaded.push(new URL(sent.url()).pathname));
  await page.goto("/script-moonpay-clobbered.html");
  expect(
    await page.evaluate(
      () => (document as unknown as { currentScript: unknown }).currentScript instanceof HTMLImageElement,
    ),
  ).toBe(true);
  const answer = await page.evaluate(
    async ({ sessionToken, host }) => {
      const moonpay = (window as unknown as { FramelinkMoonPay: typeof import("@framelink/moonpay") }).FramelinkMoonPay;
      const client = moonpay.createClient({ sessionToken, frameBaseUrl: host, apiBaseUrl: host }).value!;
      await client.getConnection();
      const quote = await client.getQuote({ source: "usd", destination: "eth", sourceAmount: "100" });
      client.dispose();
      return quote.ok ? "ok" : quote.error.code;
    },
    { sessionToken: await createSession(request, id), host: MOCK_HOST_ORIGIN },
  );
  // The parts resolve against the page, where there are none: the call fails closed.
  expect(answer).toBe("loadFailed");
  expect(
    loaded.filter(
      (path) => path.startsWith("/clobbered/") && path.endsWith(".js") && path !== "/clobbered/framelink-moonpay.js",
    ),
  ).toEqual([]);
});

test("a polluted Object.prototype cannot stand in for a part that did not load", async ({ page, request }) => {
  const id = customer();
  await openMerchant(page);
  await connectCustomer(page, request, id);
  // What a prototype-pollution bug on the merchant's page could plant: a fake payments part that would get the client's credentials.
  await page.addInitScript((global) => {
    const stolen: unknown[] = [];
    const forged = new Proxy(
      {},
      {
        // Every call of the payments part, but not `then`: a thenable would be taken for a promise and fail by itself.
        get: (_part, call) =>
          call === "then"
            ? undefined
            : (context: { credentials(): unknown }) => {
                stolen.push(context.credentials());
                return Promise.resolve({ ok: true, value: "forged" });
              },
      },
    );
    Object.defineProperty(Object.prototype, global, {
      value: forged,
      configurable: true,
      enumerable: false,
    });
    (window as unknown as { stolen: unknown[] }).stolen = stolen;
  }, partGlobal("payments"));
  await page.goto("/script-moonpay-altered-payments.html");
  const answer = await checkThenQuote(page, await createSession(request, id));
  expect(answer.status).toBe("active");
  expect(answer.quote.error?.code).toBe("loadFailed");
  expect(await page.evaluate(() => (window as unknown as { stolen: unknown[] }).stolen)).toEqual([]);
});
