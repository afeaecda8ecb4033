import { ATTACKER_ORIGINS } from "./origins.js";
import { recordCspViolations } from "./support/csp.js";
import { EXPECTS_CSP_VIOLATION, expect, test } from "./support/guard.js";
import { createLinkSession } from "./support/moneykit.js";
import { connectCustomer, createSession, customer, openMerchant } from "./support/moonpay.js";

// Issue 14, finding 1: a prototype-pollution bug anywhere on the merchant's
// page plants an attacker's origin as every host option. The SDKs read their
// options' own properties only, so what the merchant left to its default
// stays at the vendor's production host, and nothing goes to the attacker.
// The fixture page's CSP refuses the production hosts (and the network is cut
// off for them too: only loopback may be reached), so every attempt is seen,
// as a request or as a violation, and fails.

const ATTACKER = ATTACKER_ORIGINS["a wrong origin"];

const ATTEMPTS_PRODUCTION = {
  annotation: {
    type: EXPECTS_CSP_VIOLATION,
    description: "the defaults point at the vendors' production hosts, which the fixture's CSP refuses",
  },
};

test("options planted on Object.prototype move no token anywhere", ATTEMPTS_PRODUCTION, async ({ page, request }) => {
  const id = customer();
  await openMerchant(page);
  await connectCustomer(page, request, id);
  const requested: string[] = [];
  page.context().on("request", (sent) => requested.push(sent.url()));
  await page.context().route(/^https:\/\//, (route) => route.abort());

  const violations = recordCspViolations(page);
  await page.goto("/hostile.html");
  await page.waitForFunction(() => "hostile" in window);
  const report = await page.evaluate(
    ([origin, sessionToken, linkSessionToken]) => window.hostile.underPollution(origin, sessionToken, linkSessionToken),
    [ATTACKER, await createSession(request, id), await createLinkSession(request)] as const,
  );

  // The frames were where the merchant said (the mock host); the API and Connect at their defaults.
  expect(report.connection).toBe("active");
  expect(report.paymentMethods).toBe("requestFailed");
  await expect(page.locator("#moneykit-container iframe")).toHaveAttribute(
    "src",
    /^https:\/\/connect\.moneykit\.com\/start\?/,
  );
  await expect
    .poll(() => violations.some((line) => line.includes("https://api.moonpay.com/platform/v1/payment-methods")))
    .toBe(true);
  expect(requested.filter((url) => url.startsWith(ATTACKER))).toEqual([]);
  // A refused URL is quoted in the message; the policy's own list of hosts is not.
  expect(violations.filter((line) => line.includes(`'${ATTACKER}`))).toEqual([]);
});
