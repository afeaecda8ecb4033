import type { Page } from "@playwright/test";
import { MERCHANT_ORIGIN, MOCK_HOST_ORIGIN } from "./origins.js";
import { expect, test } from "./support/guard.js";
import {
  CONNECT_IFRAME,
  chooseBank,
  connect,
  createLinkSession,
  linkAccounts,
  logIn,
  pressToClose,
} from "./support/moneykit.js";
import { completeConnect, createSession, customer } from "./support/moonpay.js";
import { ANDROID_WEBVIEW, decideAndWaitForClose } from "./support/oauth.js";

// @framelink/react in a real React page under StrictMode (development build).

test.beforeEach(async ({ page }) => {
  await page.goto("/react.html");
  await page.getByRole("button", { name: "Unmount" }).waitFor();
});

test("useMoonPayConnection checks once under StrictMode: one frame, the token spent once", async ({
  page,
  request,
}) => {
  const checkFrames: string[] = [];
  page.on("request", (sent) => {
    if (sent.url().includes("/platform/v1/check-connection?")) checkFrames.push(sent.url());
  });
  await page.getByLabel("Session token", { exact: true }).fill(await createSession(request, customer()));
  await expect(page.locator("#moonpay-status")).toHaveText("ready");
  await expect(page.locator("#moonpay-ready")).toHaveText("true");
  await expect(page.locator("#moonpay-connection")).toHaveText("connectionRequired");
  // One check frame loaded, which answered and went.
  expect(checkFrames).toHaveLength(1);
  await expect(page.locator('iframe[title="MoonPay connection check"]')).toHaveCount(0);
});

test("connect through the hook updates the connection, and unmounting mid-flow leaves no frame", async ({
  page,
  request,
}) => {
  await page.getByLabel("Session token", { exact: true }).fill(await createSession(request, customer()));
  await expect(page.locator("#moonpay-status")).toHaveText("ready");
  await page.getByRole("button", { name: "Connect MoonPay" }).click();
  await completeConnect(page);
  await expect(page.locator("#moonpay-connection")).toHaveText("active");

  await page.getByRole("button", { name: "Connect MoonPay" }).click();
  await expect(page.locator("#connect-container iframe")).toHaveCount(1);
  await page.getByRole("button", { name: "Unmount" }).click();
  await expect(page.locator("iframe")).toHaveCount(0);
});

/** The React app's redirect_uri page. */
const REACT_REDIRECT_URI = `${MERCHANT_ORIGIN}/react-oauth.html`;

/** The loads of Connect's page (/start, /relink, /continue) in the page's frames, by path. */
function connectLoads(page: Page): string[] {
  const loads: string[] = [];
  page.on("request", (sent) => {
    const path = new URL(sent.url()).pathname;
    if (sent.resourceType() === "document" && /^\/(start|relink|continue)$/.test(path)) loads.push(path);
  });
  return loads;
}

async function typeLinkToken(page: Page, token: string): Promise<void> {
  await page.getByLabel("Link session token").fill(token);
  await expect(page.locator("#moneykit-ready")).toHaveText("true");
}

test("useMoneyKitLink preloads Connect once under StrictMode; open() shows it at once, and it links", async ({
  page,
  request,
}) => {
  const loads = connectLoads(page);
  await typeLinkToken(page, await createLinkSession(request));
  // StrictMode's throw-away mount preloaded nothing: one hidden frame, loaded once; the page kept its focus.
  await expect(page.locator("iframe")).toHaveCount(1);
  await expect(page.locator(CONNECT_IFRAME)).toBeHidden();
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeAttached();
  await expect
    .poll(() =>
      connect(page)
        .locator("body")
        .evaluate(() => document.hasFocus()),
    )
    .toBe(false);
  await expect(page.getByLabel("Link session token")).toBeFocused();
  expect(loads).toEqual(["/start"]);

  await page.getByRole("button", { name: "Link with MoneyKit" }).click();
  await expect(page.locator("#moneykit-status")).toHaveText("open");
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeVisible();
  await expect(page.locator(CONNECT_IFRAME)).toBeFocused();
  // Connect's first screen, reported while it was hidden, reached the hook on open().
  await expect(page.locator("#moneykit-events")).toHaveText("1");
  // A second open() while Connect shows (code can press under the overlay): nothing stacks, no error.
  await page.getByRole("button", { name: "Link with MoneyKit" }).dispatchEvent("click");
  await expect(page.locator("iframe")).toHaveCount(1);
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame);
  await linkAccounts(frame);
  await expect(page.locator("#moneykit-status")).toHaveText("success");
  await expect(page.locator("#moneykit-institution")).toHaveText("plain_bank");
  await expect(page.locator("#moneykit-error")).toHaveText("");
  expect(Number(await page.locator("#moneykit-events").textContent())).toBeGreaterThan(5);
  await expect(page.locator("iframe")).toHaveCount(0);
  expect(loads).toEqual(["/start"]);
});

test("open() before Connect is ready still opens it: the preloading frame shows, and nothing else loads", async ({
  page,
  request,
}) => {
  const loads = connectLoads(page);
  // Connect's page is held back, so the preload cannot be ready when the person presses.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => url.origin === MOCK_HOST_ORIGIN && url.pathname === "/start",
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.getByLabel("Link session token").fill(await createLinkSession(request));
  await expect.poll(() => loads).toEqual(["/start"]);
  await expect(page.locator("#moneykit-ready")).toHaveText("false");
  await page.getByRole("button", { name: "Link with MoneyKit" }).click();
  await expect(page.locator("#moneykit-status")).toHaveText("open");
  release();
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeVisible();
  await expect(page.locator("#moneykit-events")).toHaveText("1");
  await expect(page.locator("iframe")).toHaveCount(1);
  expect(loads).toEqual(["/start"]);
});

test("closing Connect is an exit; the same token is preloaded again and opens at once", async ({ page, request }) => {
  const loads = connectLoads(page);
  await typeLinkToken(page, await createLinkSession(request));
  await page.getByRole("button", { name: "Link with MoneyKit" }).click();
  await pressToClose(connect(page).getByRole("button", { name: "Close" }));
  await expect(page.locator("#moneykit-status")).toHaveText("exit");
  await expect(page.locator("#moneykit-exits")).toHaveText("1");
  await expect(page.locator("#moneykit-error")).toHaveText("");
  await expect(page.locator("#moneykit-ready")).toHaveText("true");
  await expect(page.locator(CONNECT_IFRAME)).toBeHidden();
  expect(loads).toEqual(["/start", "/start"]);
  await page.getByRole("button", { name: "Link with MoneyKit" }).click();
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeVisible();
  expect(loads).toEqual(["/start", "/start"]);
});

test("exit() closes Connect and calls onExit once", async ({ page, request }) => {
  await typeLinkToken(page, await createLinkSession(request));
  await page.getByRole("button", { name: "Link with MoneyKit" }).click();
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeVisible();
  // The merchant's code closes Connect (a timeout of its own, say): under the overlay, by code.
  await page.getByRole("button", { name: "Exit MoneyKit" }).dispatchEvent("click");
  await expect(page.locator("#moneykit-status")).toHaveText("exit");
  await expect(page.locator("#moneykit-exits")).toHaveText("1");
  await expect(page.locator(CONNECT_IFRAME)).toBeHidden();
  // Preloaded again for the next try; exit() when Connect is not open does nothing.
  await expect(page.locator("#moneykit-ready")).toHaveText("true");
  await page.getByRole("button", { name: "Exit MoneyKit" }).click();
  await expect(page.locator(CONNECT_IFRAME)).toHaveCount(1);
  await expect(page.locator("#moneykit-exits")).toHaveText("1");
});

test("a new token closes the old preload and preloads the new one", async ({ page, request }) => {
  const [first, second] = [await createLinkSession(request), await createLinkSession(request)];
  const tokens: string[] = [];
  page.on("request", (sent) => {
    const url = new URL(sent.url());
    if (sent.resourceType() === "document" && url.pathname === "/start")
      tokens.push(url.searchParams.get("linkSessionToken")!);
  });
  await typeLinkToken(page, first);
  await page.getByLabel("Link session token").fill(second);
  await expect.poll(() => tokens).toEqual([first, second]);
  await expect(page.locator("#moneykit-ready")).toHaveText("true");
  await expect(page.locator("iframe")).toHaveCount(1);
  expect(new URL((await page.locator(CONNECT_IFRAME).getAttribute("src"))!).searchParams.get("linkSessionToken")).toBe(
    second,
  );
});

test("unmounting mid-link closes Connect, and no callback fires afterwards", async ({ page, request }) => {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") warnings.push(message.text());
  });
  await typeLinkToken(page, await createLinkSession(request));
  await page.getByRole("button", { name: "Link with MoneyKit" }).click();
  await connect(page).getByRole("button", { name: "Continue" }).click();
  // The app unmounts the component mid-flow (a route change, say): under the overlay, by code.
  await page.getByRole("button", { name: "Unmount" }).dispatchEvent("click");
  await expect(page.locator("iframe")).toHaveCount(0);
  await page.getByRole("button", { name: "Mount" }).click();
  await expect(page.locator("#moneykit-status")).toHaveText("idle");
  await page.waitForTimeout(300);
  expect(warnings).toEqual([]);
});

test("unmounting with Connect preloaded removes the hidden frame", async ({ page, request }) => {
  await typeLinkToken(page, await createLinkSession(request));
  await page.getByRole("button", { name: "Unmount" }).click();
  await expect(page.locator("iframe")).toHaveCount(0);
});

async function startOAuthInReact(page: Page, token: string) {
  await typeLinkToken(page, token);
  await page.getByRole("button", { name: "Link with MoneyKit" }).click();
  await chooseBank(connect(page), "OAuth National Bank");
  return connect(page).getByRole("button", { name: "Continue to OAuth National Bank" });
}

test("OAuth in a popup: the React redirect page hands the URL back, Connect resumes here", async ({
  page,
  request,
}) => {
  const button = await startOAuthInReact(page, await createLinkSession(request, { redirectUri: REACT_REDIRECT_URI }));
  const [popup] = await Promise.all([page.waitForEvent("popup"), button.click()]);
  await decideAndWaitForClose(popup, "Approve");
  await linkAccounts(connect(page));
  await expect(page.locator("#moneykit-status")).toHaveText("success");
  await expect(page.locator("#moneykit-institution")).toHaveText("oauth_bank");
});

test.describe("in an Android webview", () => {
  test.use({ userAgent: ANDROID_WEBVIEW });

  test("the React redirect page relaunches Connect once under StrictMode (receivedRedirectUri), and links", async ({
    page,
    request,
  }) => {
    const loads = connectLoads(page);
    const button = await startOAuthInReact(page, await createLinkSession(request, { redirectUri: REACT_REDIRECT_URI }));
    await button.click();
    await page.waitForURL(/bank\.localhost/);
    await page.getByRole("button", { name: "Approve" }).click();
    await page.waitForURL(/react-oauth\.html\?state=/);
    await expect(page.locator("#moneykit-status")).toHaveText("open");
    await linkAccounts(connect(page));
    await expect(page.locator("#moneykit-status")).toHaveText("success");
    await expect(page.locator("#moneykit-institution")).toHaveText("oauth_bank");
    await expect(page.locator("#moneykit-error")).toHaveText("");
    expect(loads.filter((path) => path === "/continue")).toHaveLength(1);
  });
});
