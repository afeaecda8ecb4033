import { expect, test } from "./support/guard.js";
import { completeConnect, createSession, customer, openMerchant, openSeedPage } from "./support/moonpay.js";

// Seed 000's two browser samples, run as written in a merchant page on
// another site than the frame host.

test("the check-connection sample logs connectionRequired for a new customer", async ({ page, request }) => {
  await openSeedPage(page);
  const token = await createSession(request, customer());
  const logged = page.waitForEvent("console", (message) => message.type() === "log");
  await page.evaluate((t) => window.seed.checkConnectionSample(t), token);
  expect(await (await logged).args()[0]!.jsonValue()).toEqual({ status: "connectionRequired" });
});

test("the check-connection sample logs an active connection with credentials for a returning customer", async ({
  page,
  request,
}) => {
  const id = customer();
  await openMerchant(page);
  await page.evaluate((t) => window.fixture.createClient(t), await createSession(request, id));
  await page.evaluate(() => window.fixture.connect());
  await completeConnect(page);
  await page.waitForFunction(() =>
    window.fixture.events().some((event) => (event as { kind: string }).kind === "complete"),
  );

  await openSeedPage(page);
  const logged = page.waitForEvent("console", (message) => message.type() === "log");
  await page.evaluate((t) => window.seed.checkConnectionSample(t), await createSession(request, id));
  const connection = (await (await logged).args()[0]!.jsonValue()) as {
    status: string;
    credentials: Record<string, string>;
  };
  expect(connection.status).toBe("active");
  expect(Object.keys(connection.credentials).sort()).toEqual(["accessToken", "clientToken", "expiresAt"]);
});

test("the connect-flow sample mounts the frame, then its own last line disposes it", async ({ page, request }) => {
  await openSeedPage(page);
  const token = await createSession(request, customer());
  const frameRequest = page.waitForRequest((req) => req.url().includes("/platform/v1/connect"));
  await page.evaluate((t) => window.seed.connectFlowSample(t), token);
  await frameRequest;
  await expect(page.locator("#connect-container iframe")).toHaveCount(0);
});

test("the connect-flow sample fails loudly when the token was already spent", async ({ page, request }) => {
  await openSeedPage(page);
  const token = await createSession(request, customer());
  await page.evaluate((t) => window.seed.checkConnectionSample(t), token);
  // The sample reads connectResult.value without a check; with no frame it throws.
  await expect(page.evaluate((t) => window.seed.connectFlowSample(t), token)).rejects.toThrow();
  await expect(page.locator("#connect-container iframe")).toHaveCount(0);
});
