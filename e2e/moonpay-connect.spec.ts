import type { Page } from "@playwright/test";
import { DOWN_HOST_ORIGIN } from "./origins.js";
import { expect, test } from "./support/guard.js";
import {
  completeConnect,
  connectFrame,
  createSession,
  customer,
  openMerchant,
  waitForEvent,
} from "./support/moonpay.js";

type Answer = { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };

async function startConnect(page: Page, token: string, theme?: { appearance: "dark" | "light" }): Promise<Answer> {
  await page.evaluate((t) => window.fixture.createClient(t), token);
  return (await page.evaluate((th) => window.fixture.connect(th), theme)) as Answer;
}

const kinds = (page: Page) =>
  page.evaluate(() => window.fixture.events().map((event) => (event as { kind: string }).kind));

test.beforeEach(async ({ page }) => openMerchant(page));

test("a new customer signs in, consents and gets active credentials", async ({ page, request }) => {
  expect(await startConnect(page, await createSession(request, customer()))).toEqual({ ok: true });
  await waitForEvent(page, "ready");
  await completeConnect(page);
  const complete = await waitForEvent(page, "complete");
  const connection = complete.connection as { status: string; credentials: Record<string, string> };
  expect(connection.status).toBe("active");
  expect(connection.credentials.accessToken).toMatch(/^at_/);
  expect(complete.payload).toMatchObject({ status: "active" });
  expect(await kinds(page)).toEqual(["ready", "complete"]);

  // The authenticated credentials replace the anonymous ones: the same client now checks active.
  const again = (await page.evaluate(() => window.fixture.getConnection())) as Answer;
  expect(again.value?.status).toBe("active");

  // The frame handle from the event unmounts it.
  await page.evaluate(() => window.fixture.disposeFrame());
  await expect(page.locator("#connect-container iframe")).toHaveCount(0);
});

test("the connect frame is titled for screen readers and takes focus into its form", async ({ page, request }) => {
  await startConnect(page, await createSession(request, customer()));
  await waitForEvent(page, "ready");
  await expect(page.locator("#connect-container iframe")).toHaveAttribute("title", "Connect your MoonPay account");
  await expect(connectFrame(page).getByLabel("Email")).toBeFocused();
});

test("the connect frame gets MoonPay's documented parameters and permissions, and sends no referrer", async ({
  page,
  request,
}) => {
  await startConnect(page, await createSession(request, customer()), { appearance: "dark" });
  await waitForEvent(page, "ready");
  const frame = page.locator("#connect-container iframe");
  const src = new URL((await frame.getAttribute("src"))!);
  expect(src.pathname).toBe("/platform/v1/connect");
  expect([...src.searchParams.keys()].sort()).toEqual(["channelId", "clientToken", "publicKey", "theme"]);
  expect(src.searchParams.get("theme")).toBe("dark");
  await expect(frame).toHaveAttribute(
    "allow",
    "accelerometer 'src'; autoplay 'src'; camera 'src'; encrypted-media 'src'; gyroscope 'src'",
  );
  await expect(frame).toHaveAttribute("referrerpolicy", "no-referrer");
});

test("without a theme the frame URL has none, and the frame follows the system setting", async ({ page, request }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await startConnect(page, await createSession(request, customer()));
  await waitForEvent(page, "ready");
  expect(
    new URL((await page.locator("#connect-container iframe").getAttribute("src"))!).searchParams.has("theme"),
  ).toBe(false);
  await expect(connectFrame(page).locator("body")).toHaveCSS("background-color", "rgb(18, 18, 22)");
});

test("a wrong verification code is refused in the frame and the flow goes on", async ({ page, request }) => {
  await startConnect(page, await createSession(request, customer()));
  const frame = connectFrame(page);
  await frame.getByLabel("Email").fill("customer@example.com");
  await frame.getByRole("button", { name: "Continue" }).click();
  await frame.getByLabel("Verification code").fill("123456");
  await frame.getByRole("button", { name: "Verify" }).click();
  await expect(frame.getByRole("alert")).toHaveText(/not right/);
  await frame.getByLabel("Verification code").fill("000000");
  await frame.getByRole("button", { name: "Verify" }).click();
  await expect(frame.getByRole("button", { name: "Connect" })).toBeVisible();
});

for (const [prefix, expected] of [
  ["pending-", { status: "pending" }],
  ["unavailable-", { status: "unavailable" }],
  ["failed-", { status: "failed", reason: "kycFailed" }],
] as const) {
  test(`a ${prefix.slice(0, -1)} customer's flow ends ${expected.status}, without credentials`, async ({
    page,
    request,
  }) => {
    await startConnect(page, await createSession(request, customer(prefix)));
    await completeConnect(page);
    expect((await waitForEvent(page, "complete")).connection).toEqual(expected);
  });
}

test("declining ends the flow failed", async ({ page, request }) => {
  await startConnect(page, await createSession(request, customer()));
  await completeConnect(page, "Decline");
  expect((await waitForEvent(page, "complete")).connection).toEqual({ status: "failed", reason: "customerDeclined" });
});

test("accepting new terms makes the connection active", async ({ page, request }) => {
  await startConnect(page, await createSession(request, customer("terms-")));
  await completeConnect(page);
  expect(((await waitForEvent(page, "complete")).connection as { status: string }).status).toBe("active");
});

for (const [appearance, background] of [
  ["dark", "rgb(18, 18, 22)"],
  ["light", "rgb(255, 255, 255)"],
] as const) {
  test(`the ${appearance} theme is what the customer sees`, async ({ page, request }) => {
    await startConnect(page, await createSession(request, customer()), { appearance });
    await waitForEvent(page, "ready");
    const body = connectFrame(page).locator("body");
    await expect(body).toHaveCSS("background-color", background);
  });
}

test("connect() into a missing or detached container is an error Result with no event and no frame", async ({
  page,
  request,
}) => {
  await page.evaluate((t) => window.fixture.createClient(t), await createSession(request, customer()));
  const missing = (await page.evaluate(() => window.fixture.connect(undefined, "no-such-container"))) as Answer;
  expect(missing.error?.code).toBe("invalidContainer");
  const detached = (await page.evaluate(() => {
    const element = document.createElement("div");
    element.id = "detached";
    return window.fixture.connect(undefined, "detached");
  })) as Answer;
  expect(detached.error?.code).toBe("invalidContainer");
  await page.waitForTimeout(300);
  expect(await kinds(page)).toEqual([]);
  await expect(page.locator("#connect-container iframe")).toHaveCount(0);
});

test("a second connect() while the frame is open is refused", async ({ page, request }) => {
  await startConnect(page, await createSession(request, customer()));
  const second = (await page.evaluate(() => window.fixture.connect())) as Answer;
  expect(second.error?.code).toBe("alreadyOpen");
  await expect(page.locator("#connect-container iframe")).toHaveCount(1);
});

test("client.dispose() mid-flow leaves no iframe and no later event", async ({ page, request }) => {
  await startConnect(page, await createSession(request, customer()));
  await waitForEvent(page, "ready");
  await page.evaluate(() => window.fixture.dispose());
  expect(await page.evaluate(() => window.fixture.iframeCount())).toBe(0);
  const again = (await page.evaluate(() => window.fixture.connect())) as Answer;
  expect(again.error?.code).toBe("disposed");
  expect(await kinds(page)).toEqual(["ready"]);
});

test("connect() against a frame host that is down is an error Result, cleanly", async ({ page }) => {
  await page.evaluate(
    (origin) => window.fixture.createClient("c3N0XzAwMQ==", { frameBaseUrl: origin, handshakeTimeoutMs: 1000 }),
    DOWN_HOST_ORIGIN,
  );
  const answer = (await page.evaluate(() => window.fixture.connect())) as Answer;
  expect(answer.error?.code).toBe("handshakeTimeout");
  await page.waitForTimeout(300);
  expect(await kinds(page)).toEqual([]);
  expect(await page.evaluate(() => window.fixture.iframeCount())).toBe(0);
});
