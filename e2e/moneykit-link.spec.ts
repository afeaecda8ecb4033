import { DOWN_HOST_ORIGIN } from "./origins.js";
import { EXPECTS_UNCAUGHT_ERROR, expect, test } from "./support/guard.js";
import {
  accountsOf,
  CONNECT_IFRAME,
  calls,
  chooseBank,
  connect,
  createLinkSession,
  eventNames,
  exchange,
  linkAccounts,
  logIn,
  openLinkPage,
  outcome,
  pressToClose,
} from "./support/moneykit.js";

test.beforeEach(async ({ page }) => openLinkPage(page));

test("a credentials bank: the user links accounts, the app exchanges the token for a link_id", async ({
  page,
  request,
}) => {
  await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame);
  await linkAccounts(frame);
  const result = await outcome(page);
  if (result.callback !== "onLinkSuccess") throw new Error(`expected success, got ${JSON.stringify(result)}`);
  expect(result.institution).toMatchObject({ id: "plain_bank", name: "Plain Savings Bank", country: "US", logo: null });
  expect(result.institution.selectedAccounts.map((account) => account.account_type)).toEqual([
    "depository.checking",
    "depository.savings",
    "credit_card",
  ]);
  expect(result.institution.trackedScreens.map((screen) => screen.tag)).toEqual([
    "consent",
    "institution_search",
    "login",
    "account_selection",
  ]);
  await expect(page.locator(CONNECT_IFRAME)).toHaveCount(0);

  const { link_id } = await exchange(request, result.exchangeableToken);
  expect(link_id).toMatch(/^mk_link_/);
  expect(result.link_id).toBe(link_id);
  const accounts = (await (await accountsOf(request, link_id)).json()) as { accounts: unknown[] };
  expect(accounts.accounts).toHaveLength(3);
});

test("the events of a full link arrive in order, with their meta", async ({ page, request }) => {
  await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame);
  await linkAccounts(frame);
  await outcome(page);
  const recorded = await calls(page);
  expect(eventNames(recorded)).toEqual([
    "screen:consent",
    "consent_accepted",
    "screen:institution_search",
    "institution_searched",
    "institution_selected",
    "screen:login",
    "credentials_submitted",
    "screen:account_selection",
    "accounts_selected",
    "screen:success",
    "success",
  ]);
  const last = recorded.filter((call) => call.callback === "onLinkEvent").at(-1)!;
  if (last.callback !== "onLinkEvent") throw new Error("no event");
  expect(last.event.meta).toMatchObject({
    link_type: "link",
    institution_id: "plain_bank",
    institution_name: "Plain Savings Bank",
  });
  expect(last.event.meta.link_session_id).toMatch(/^ls_/);
  expect(Date.parse(last.event.meta.timestamp)).not.toBeNaN();
  expect(recorded.at(-1)?.callback).toBe("onLinkSuccess");
});

test("an MFA bank asks for a code before the accounts", async ({ page, request }) => {
  await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
  const frame = connect(page);
  await chooseBank(frame, "MFA Credit Union");
  await logIn(frame);
  await frame.getByLabel("Verification code").fill("999999");
  await frame.getByRole("button", { name: "Submit" }).click();
  await expect(frame.getByRole("alert")).toHaveText(/not right/);
  await frame.getByLabel("Verification code").fill("123456");
  await frame.getByRole("button", { name: "Submit" }).click();
  await linkAccounts(frame);
  expect((await outcome(page)).callback).toBe("onLinkSuccess");
  expect(eventNames(await calls(page))).toEqual(
    expect.arrayContaining(["mfa_requested", "mfa_submitted", "screen:mfa"]),
  );
});

test("a wrong password is refused in Connect and the user can try again", async ({ page, request }) => {
  await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame, "wrong");
  await expect(frame.getByRole("alert")).toHaveText(/not right/);
  await logIn(frame);
  await expect(frame.getByRole("button", { name: "Link accounts" })).toBeVisible();
});

test("an erroring bank ends in onLinkExit with its error", async ({ page, request }) => {
  await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
  const frame = connect(page);
  await chooseBank(frame, "Broken Bank");
  await logIn(frame);
  await expect(frame.getByRole("alert")).toHaveText(/not responding/);
  await pressToClose(frame.getByRole("button", { name: "Exit" }));
  const result = await outcome(page);
  expect(result).toMatchObject({ callback: "onLinkExit", error: { error_id: "institution_error" } });
  if (result.callback === "onLinkExit") expect(result.error?.request_id).toMatch(/^req_/);
});

for (const step of ["consent", "institution_search", "login", "mfa", "account_selection"] as const) {
  test(`closing Connect at ${step} ends in onLinkExit(null) and removes the frame`, async ({ page, request }) => {
    await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
    const frame = connect(page);
    if (step !== "consent") await frame.getByRole("button", { name: "Continue" }).click();
    if (step === "login" || step === "mfa" || step === "account_selection") {
      await frame.getByRole("button", { name: step === "mfa" ? "MFA Credit Union" : "Plain Savings Bank" }).click();
    }
    if (step === "mfa" || step === "account_selection") await logIn(frame);
    await expect
      .poll(
        async () =>
          eventNames(await calls(page)).at(-1) === `screen:${step}` ||
          eventNames(await calls(page)).includes(`screen:${step}`),
      )
      .toBe(true);
    await pressToClose(frame.getByRole("button", { name: "Close", exact: true }));
    expect(await outcome(page)).toEqual({ callback: "onLinkExit", error: null });
    await expect(page.locator(CONNECT_IFRAME)).toHaveCount(0);
    expect(await page.evaluate(() => window.mk.iframeCount())).toBe(0);
  });
}

test("Connect's frame covers the viewport as the launcher places it, is focused, and focus returns to the page on close", async ({
  page,
  request,
}) => {
  await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
  const iframe = page.locator(CONNECT_IFRAME);
  await expect(iframe).toBeFocused();
  const box = await iframe.boundingBox();
  expect(box).toMatchObject({ x: 0, y: 0, width: page.viewportSize()!.width, height: page.viewportSize()!.height });
  expect(
    await iframe.evaluate((element) => [
      getComputedStyle(element).position,
      getComputedStyle(element).zIndex,
      getComputedStyle(element).borderStyle,
    ]),
  ).toEqual(["fixed", "999999", "none"]);
  await pressToClose(connect(page).getByRole("button", { name: "Close", exact: true }));
  await outcome(page);
  await expect(page.getByRole("button", { name: "Link a bank" })).toBeFocused();
});

test("the frame URL is Connect's: /start with the launcher's query; sandboxed, no referrer", async ({
  page,
  request,
}) => {
  const token = await createLinkSession(request);
  await page.evaluate(() => window.mk.configure({ __applicationName: "Fixture shop", device: "desktop" }));
  await page.evaluate((t) => window.mk.link(t), token);
  const iframe = page.locator(CONNECT_IFRAME);
  const src = new URL((await iframe.getAttribute("src"))!);
  expect(src.pathname).toBe("/start");
  expect(Object.fromEntries(src.searchParams)).toEqual({
    applicationName: "Fixture shop",
    device: "desktop",
    launcherVersion: "0.3.28",
    linkSessionToken: token,
    origin: new URL(page.url()).origin,
    stepTimers: "false",
  });
  expect(await iframe.getAttribute("referrerpolicy")).toBe("no-referrer");
  expect((await iframe.getAttribute("sandbox"))!.split(" ").sort()).toEqual([
    "allow-forms",
    "allow-popups",
    "allow-popups-to-escape-sandbox",
    "allow-same-origin",
    "allow-scripts",
    "allow-top-navigation-by-user-activation",
  ]);
  await expect(connect(page).getByRole("heading", { name: /Fixture shop/ })).toBeVisible();
});

test("colorScheme and theme reach Connect after connect.started", async ({ page, request }) => {
  await page.evaluate(() => window.mk.configure({ colorScheme: "dark" }));
  await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
  await expect(connect(page).locator("html")).toHaveAttribute("data-theme", "dark");
});

test("close() removes Connect at once, calls nothing, and frees the instance", async ({ page, request }) => {
  const token = await createLinkSession(request);
  await page.evaluate((t) => window.mk.link(t), token);
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeVisible();
  await page.evaluate(() => window.mk.close());
  await expect(page.locator(CONNECT_IFRAME)).toHaveCount(0);
  expect((await calls(page)).filter((call) => call.callback !== "onLinkEvent")).toEqual([]);
  await page.evaluate((t) => window.mk.link(t), token);
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeVisible();
  await pressToClose(connect(page).getByRole("button", { name: "Close", exact: true }));
  expect(await outcome(page)).toEqual({ callback: "onLinkExit", error: null });
});

test("a host that never sends connect.started ends in onLinkExit(connect_start_timeout)", async ({ page }) => {
  await page.evaluate(
    (host) => window.mk.configure({ __connectSDKUIHost: host, startTimeoutMs: 1_000 }),
    DOWN_HOST_ORIGIN,
  );
  const started = Date.now();
  await page.evaluate(() => window.mk.link("lst_0123456789abcdef"));
  expect(await outcome(page)).toMatchObject({ callback: "onLinkExit", error: { error_id: "connect_start_timeout" } });
  expect(Date.now() - started).toBeLessThan(4_000);
  await expect(page.locator(CONNECT_IFRAME)).toHaveCount(0);
});

test("callbacks that throw break nothing: events keep coming, the frame goes, the instance takes the next link", {
  annotation: { type: EXPECTS_UNCAUGHT_ERROR, description: "the merchant's callbacks throw on purpose" },
}, async ({ page, request }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.evaluate((token) => window.mk.linkThrowing(token), await createLinkSession(request));
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame);
  await linkAccounts(frame);
  expect((await outcome(page)).callback).toBe("onLinkSuccess");
  await expect(page.locator(CONNECT_IFRAME)).toHaveCount(0);
  expect(eventNames(await calls(page)).length).toBeGreaterThan(5);
  expect(errors.every((message) => message.includes("the merchant's callback failed"))).toBe(true);
  expect(errors.length).toBeGreaterThan(5);
  await page.evaluate((token) => window.mk.link(token), await createLinkSession(request));
  await expect(connect(page).getByRole("button", { name: "Continue" })).toBeVisible();
  await pressToClose(connect(page).getByRole("button", { name: "Close", exact: true }));
});

test("a second link() while Connect is open is refused, and nothing stacks", async ({ page, request }) => {
  const token = await createLinkSession(request);
  await page.evaluate((t) => window.mk.link(t), token);
  await page.evaluate((t) => window.mk.link(t), token);
  expect(await outcome(page)).toMatchObject({ callback: "onLinkExit", error: { error_id: "connect_already_open" } });
  await expect(page.locator("iframe")).toHaveCount(1);
});

test("a missing container and a malformed token are reported through onLinkExit, not thrown", async ({ page }) => {
  await page.evaluate(() => window.mk.configure({ containerID: "no-such-element" }));
  await page.evaluate(() => window.mk.link("lst_0123456789abcdef"));
  expect(await outcome(page)).toMatchObject({ callback: "onLinkExit", error: { error_id: "container_not_found" } });
  await page.evaluate(() => window.mk.configure());
  await page.evaluate(() => window.mk.link("bad token"));
  const recorded = await calls(page);
  expect(recorded[1]).toMatchObject({ callback: "onLinkExit", error: { error_id: "invalid_link_session_token" } });
  expect(await page.evaluate(() => window.mk.iframeCount())).toBe(0);
});

test("an unknown link session token is refused by Connect", async ({ page }) => {
  await page.evaluate(() => window.mk.link("lst_not_a_real_session_token"));
  const frame = connect(page);
  await expect(frame.getByRole("alert")).toBeVisible();
  // Leaving an error screen by the close button reports the error too.
  await pressToClose(frame.getByRole("button", { name: "Close", exact: true }));
  expect(await outcome(page)).toMatchObject({
    callback: "onLinkExit",
    error: { error_id: "invalid_link_session_token" },
  });
});

test("the link session token goes only into Connect's frame URL, and sessionStorage only while Connect is open", async ({
  page,
  request,
}) => {
  const requests: { url: string; referer: string | undefined }[] = [];
  page.on("request", (req) => requests.push({ url: req.url(), referer: req.headers().referer }));
  const token = await createLinkSession(request);
  await page.evaluate((t) => window.mk.link(t), token);
  await chooseBank(connect(page), "Plain Savings Bank");
  const carrying = requests.filter((entry) => entry.url.includes(token) || entry.referer?.includes(token));
  expect(carrying.map((entry) => new URL(entry.url).pathname)).toEqual(["/start"]);
  const stored = () =>
    page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + document.cookie)).not.toContain(token);
  expect(await stored()).toContain(token);
  await pressToClose(connect(page).getByRole("button", { name: "Close", exact: true }));
  await outcome(page);
  expect(await stored()).not.toContain(token);
});
