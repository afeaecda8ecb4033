import { expect, test } from "./support/guard.js";
import { chooseBank, connect, createLinkSession, linkAccounts, logIn } from "./support/moneykit.js";
import { completeConnect, createSession, customer } from "./support/moonpay.js";

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

test("useMoneyKitLink links once; a second link while open is refused and nothing stacks", async ({
  page,
  request,
}) => {
  await page.getByLabel("Link session token").fill(await createLinkSession(request));
  await page.getByRole("button", { name: "Link with MoneyKit" }).click();
  await expect(page.locator("#moneykit-status")).toHaveText("open");
  // Connect's modal overlay covers the page, so a person cannot press it again;
  // code can (an effect, a double handler): dispatch the click as code would.
  await page.getByRole("button", { name: "Link with MoneyKit" }).dispatchEvent("click");
  await expect(page.locator("#moneykit-error")).toHaveText("connect_already_open");
  await expect(page.locator("iframe#moneykit-connect-frame")).toHaveCount(1);
  const frame = connect(page);
  await chooseBank(frame, "Plain Savings Bank");
  await logIn(frame);
  await linkAccounts(frame);
  await expect(page.locator("#moneykit-status")).toHaveText("success");
  expect(Number(await page.locator("#moneykit-events").textContent())).toBeGreaterThan(5);
});

test("unmounting mid-link closes Connect, and no callback fires afterwards", async ({ page, request }) => {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") warnings.push(message.text());
  });
  await page.getByLabel("Link session token").fill(await createLinkSession(request));
  await page.getByRole("button", { name: "Link with MoneyKit" }).click();
  await connect(page).getByRole("button", { name: "Continue" }).click();
  // The app unmounts the component mid-flow (a route change, say): under the overlay, by code.
  await page.getByRole("button", { name: "Unmount" }).dispatchEvent("click");
  await expect(page.locator("iframe#moneykit-connect-frame")).toHaveCount(0);
  await expect(page.locator("iframe")).toHaveCount(0);
  await page.getByRole("button", { name: "Mount" }).click();
  await expect(page.locator("#moneykit-status")).toHaveText("idle");
  await page.waitForTimeout(300);
  expect(warnings).toEqual([]);
});
