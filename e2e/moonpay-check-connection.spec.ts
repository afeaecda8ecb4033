import { DOWN_HOST_ORIGIN, MERCHANT_PORT, MOCK_HOST_ORIGIN } from "./origins.js";
import { recordCspViolations } from "./support/csp.js";
import { EXPECTS_CSP_VIOLATION, expect, test } from "./support/guard.js";
import { connectCustomer, createSession, customer, openMerchant } from "./support/moonpay.js";
import { withoutWebCryptoX25519 } from "./support/without-x25519.js";

type Answer = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; frameError?: { code: string } } };

async function check(page: import("@playwright/test").Page, token: string): Promise<Answer> {
  expect(await page.evaluate((t) => window.fixture.createClient(t), token)).toEqual({ ok: true });
  return (await page.evaluate(() => window.fixture.getConnection())) as Answer;
}

test.beforeEach(async ({ page }) => openMerchant(page));

test("a new customer needs a connection", async ({ page, request }) => {
  const answer = await check(page, await createSession(request, customer()));
  expect(answer).toEqual({ ok: true, value: { status: "connectionRequired" } });
});

test("a customer whose connection is 181 days old needs a new one", async ({ page, request }) => {
  const answer = await check(page, await createSession(request, customer("expired-")));
  expect(answer.value).toEqual({ status: "connectionRequired" });
});

test("a customer with new terms to accept is told so", async ({ page, request }) => {
  const answer = await check(page, await createSession(request, customer("terms-")));
  expect(answer.value).toEqual({ status: "termsAcceptanceRequired" });
});

for (const [prefix, expected] of [
  ["pending-", { status: "pending" }],
  ["unavailable-", { status: "unavailable" }],
  ["failed-", { status: "failed", reason: "kycFailed" }],
] as const) {
  test(`a ${prefix.slice(0, -1)} customer stays ${expected.status} on the next visit`, async ({ page, request }) => {
    const id = customer(prefix);
    await connectCustomer(page, request, id);
    await openMerchant(page);
    expect((await check(page, await createSession(request, id))).value).toEqual(expected);
  });
}

test("a returning customer is active at once, with credentials and no visible frame", async ({ page, request }) => {
  const id = customer();
  await connectCustomer(page, request, id);
  await openMerchant(page);
  const answer = await check(page, await createSession(request, id));
  expect(answer.value?.status).toBe("active");
  const credentials = answer.value?.credentials as { accessToken: string; clientToken: string; expiresAt: string };
  expect(answer.value?.customer).toEqual({ id: expect.stringMatching(/^cus_/) });
  expect(credentials.accessToken).toMatch(/^at_/);
  expect(credentials.clientToken).toMatch(/^ct_/);
  expect(Date.parse(credentials.expiresAt)).toBeGreaterThan(Date.now());
  await expect(page.locator("#connect-container iframe")).toHaveCount(0);
});

test("the check frame is invisible to people and assistive technology, and sends no referrer", async ({
  page,
  request,
}) => {
  // Held back a second, so that the frame can be looked at before it answers and goes.
  await page.route("**/platform/v1/check-connection?**", (route) => setTimeout(() => void route.continue(), 1000));
  await page.evaluate((t) => window.fixture.createClient(t), await createSession(request, customer()));
  const frame = page.locator(`iframe[src^="${MOCK_HOST_ORIGIN}/platform/v1/check-connection?"]`);
  await expect(frame).toHaveCount(1);
  await expect(frame).toHaveAttribute("aria-hidden", "true");
  await expect(frame).toHaveAttribute("tabindex", "-1");
  await expect(frame).toHaveAttribute("title", /MoonPay/);
  await expect(frame).toHaveAttribute("referrerpolicy", "no-referrer");
  await expect(frame).toBeHidden();
  expect(await frame.evaluate((element: HTMLElement) => [element.offsetWidth, element.offsetHeight])).toEqual([0, 0]);
  expect((await page.evaluate(() => window.fixture.getConnection())) as Answer).toEqual({
    ok: true,
    value: { status: "connectionRequired" },
  });
  await expect(frame).toHaveCount(0);
});

test("a repeat call answers from what the client knows: the frame loads once, and is gone once it has answered", async ({
  page,
  request,
}) => {
  const loads: string[] = [];
  page.on("request", (req) => {
    if (req.url().includes("/platform/v1/check-connection")) loads.push(req.url());
  });
  const first = await check(page, await createSession(request, customer()));
  const second = (await page.evaluate(() => window.fixture.getConnection())) as Answer;
  expect(first.value).toEqual({ status: "connectionRequired" });
  expect(second.value).toEqual({ status: "connectionRequired" });
  expect(loads).toHaveLength(1);
  expect(await page.evaluate(() => window.fixture.iframeCount())).toBe(0);
});

test("the session token travels only in the check frame's URL, as MoonPay's protocol puts it, and in no Referer", async ({
  page,
  request,
}) => {
  const seen: { url: string; referer: string }[] = [];
  page.context().on("request", (req) => seen.push({ url: req.url(), referer: req.headers().referer ?? "" }));
  const token = await createSession(request, customer());
  await check(page, token);
  const carrying = seen.filter(({ url }) => url.includes(encodeURIComponent(token)) || url.includes(token));
  expect(carrying.map(({ url }) => new URL(url).pathname)).toEqual(["/platform/v1/check-connection"]);
  const src = new URL(carrying[0]!.url);
  expect([...src.searchParams.keys()].sort()).toEqual(["channelId", "publicKey", "sessionToken"]);
  expect(src.searchParams.get("publicKey")).toMatch(/^[0-9a-f]{64}$/);
  for (const { referer } of seen) expect(referer).not.toContain(encodeURIComponent(token));
});

test("a spent session token is refused", async ({ page, request }) => {
  const token = await createSession(request, customer());
  await check(page, token);
  await openMerchant(page);
  const answer = await check(page, token);
  expect(answer.ok).toBe(false);
  expect(answer.error?.code).toBe("frameError");
  expect(answer.error?.frameError?.code).toBe("sessionTokenUsed");
});

test("an unknown session token is refused by the frame", async ({ page }) => {
  const answer = await check(page, "c3N0X25vdGFyZWFsdG9rZW4=");
  expect(answer.error?.code).toBe("frameError");
  expect(answer.error?.frameError?.code).toBe("invalidSessionToken");
});

test("a session created for another device is refused", async ({ page, request }) => {
  const answer = await check(page, await createSession(request, customer(), "203.0.113.7"));
  expect(answer.error?.code).toBe("frameError");
  expect(answer.error?.frameError?.code).toBe("ipAddressMismatch");
});

test("a missing or malformed token is an error Result from createClient, not a throw", async ({ page }) => {
  for (const token of [undefined, "", "not a token!", 42]) {
    const created = (await page.evaluate((t) => window.fixture.createClient(t), token)) as Answer;
    expect(created.ok).toBe(false);
    expect(created.error?.code).toBe("invalidSessionToken");
  }
  expect(await page.evaluate(() => window.fixture.iframeCount())).toBe(0);
});

test("a frame host that is down ends in handshakeTimeout within the timeout", async ({ page }) => {
  const timeout = 1500;
  await page.evaluate(
    ({ origin, ms }) => window.fixture.createClient("c3N0XzAwMQ==", { frameBaseUrl: origin, handshakeTimeoutMs: ms }),
    { origin: DOWN_HOST_ORIGIN, ms: timeout },
  );
  const started = Date.now();
  const answer = (await page.evaluate(() => window.fixture.getConnection())) as Answer;
  const elapsed = Date.now() - started;
  expect(answer.error?.code).toBe("handshakeTimeout");
  expect(elapsed).toBeLessThan(timeout + 2000);
  // The failed frame is gone; nothing is left mounted.
  expect(await page.evaluate(() => window.fixture.iframeCount())).toBe(0);
});

test("dispose() removes the check frame and later calls say disposed", async ({ page, request }) => {
  await check(page, await createSession(request, customer()));
  await page.evaluate(() => window.fixture.dispose());
  expect(await page.evaluate(() => window.fixture.iframeCount())).toBe(0);
  const after = (await page.evaluate(() => window.fixture.getConnection())) as Answer;
  expect(after.error?.code).toBe("disposed");
});

test("a merchant origin not allowed for the key cannot frame the check frame", {
  annotation: { type: EXPECTS_CSP_VIOLATION, description: "frame-ancestors refuses the frame, which is the point" },
}, async ({ page, request }) => {
  // Same fixture page, served on 127.0.0.1 instead of localhost: not in the
  // mock host's ALLOWED_ORIGINS, so frame-ancestors blocks the frame and no
  // handshake happens.
  const violations = recordCspViolations(page);
  await openMerchant(page, `http://127.0.0.1:${MERCHANT_PORT}`);
  const token = await createSession(request, customer());
  await page.evaluate((t) => window.fixture.createClient(t, { handshakeTimeoutMs: 1500 }), token);
  const answer = (await page.evaluate(() => window.fixture.getConnection())) as Answer;
  expect(answer.error?.code).toBe("handshakeTimeout");
  expect(violations.length).toBeGreaterThan(0);
  for (const violation of violations) expect(violation).toContain("frame-ancestors");
  // The frame never ran, so the token was never spent: it is still good on an allowed origin.
  await openMerchant(page);
  expect((await check(page, token)).value).toEqual({ status: "connectionRequired" });
});

test("a browser whose Web Crypto has no X25519 loads @noble/curves on demand, and a returning customer checks active", async ({
  page,
  request,
}) => {
  const id = customer();
  await connectCustomer(page, request, id);
  await withoutWebCryptoX25519(page);
  const loads: string[] = [];
  page.on("request", (sent) => loads.push(new URL(sent.url()).pathname));
  await openMerchant(page);
  const answer = await check(page, await createSession(request, id));
  expect(answer.value?.status).toBe("active");
  expect(loads.some((path) => /\/assets\/x25519-fallback-[\w-]+\.js$/.test(path))).toBe(true);
});
