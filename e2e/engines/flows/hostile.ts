import assert from "node:assert/strict";
import type {} from "../../fixtures/hostile.js";
import { ATTACKER_ORIGINS } from "../../origins.js";
import { FORGED_INSTITUTION } from "../../support/forged.js";
import { findSecrets } from "../../support/secrets.js";
import { storedInDocument } from "../../support/stored.js";
import { customer } from "../../support/test-accounts.js";
import { issuedSecrets, linkSessionToken, sessionToken } from "../api.js";
import type { Scope, Tab } from "../driver.js";
import type { Flow } from "../flow.js";
import { CONNECT_FRAME, completeConnect, moneyKitFirstScreen, open } from "./steps.js";

/** MoneyKit Connect on the hostile page, mounted in its container. */
const MONEYKIT_IN_PAGE = "#moneykit-container iframe";

// A slice of the hostile-world suite (hostile-origins.spec.ts): forged
// messages from another window and another origin change nothing, the real
// frames still work after; and no issued secret is kept at rest.

/** The hostile page with a check answered, MoonPay's connect frame and MoneyKit Connect open. */
async function openHostilePage(page: Tab): Promise<{ connect: string }> {
  await open(page, "/hostile.html", "hostile");
  await page.evaluate((token) => window.hostile.createMoonPay(token), await sessionToken(customer()));
  assert.deepEqual(await page.evaluate(() => window.hostile.getConnection()), {
    ok: true,
    status: "connectionRequired",
  });
  await page.evaluate(() => window.hostile.openConnect());
  // Not awaited in the page: a refused Connect never shows its first screen, which moneyKitFirstScreen reports.
  await page.evaluate((token) => void window.hostile.openMoneyKit(token), await linkSessionToken());
  await moneyKitFirstScreen(page.frame(MONEYKIT_IN_PAGE));
  const { connect } = await page.evaluate(() => window.hostile.channels());
  assert.ok(connect, "the connect frame's channel");
  return { connect };
}

const FORGED_ACTIVE = {
  status: "active",
  credentials: JSON.stringify({
    ephemeralPublicKey: "ab".repeat(32),
    iv: "cd".repeat(12),
    ciphertext: "ef".repeat(48),
  }),
  customer: { id: "cus_forged" },
};

/** MoonPay's v2 `complete` saying active (a JSON string), and MoneyKit's `link.complete`, both forged. */
const forgeries = (connect: string) => [
  JSON.stringify({ version: 2, meta: { channelId: connect }, kind: "complete", payload: FORGED_ACTIVE }),
  {
    moneykit: true,
    type: "link.complete",
    data: { exchangeableToken: "ex_forged", institution: FORGED_INSTITUTION, link_id: "mk_link_forged" },
  },
];

const forged = (sourceName: keyof typeof ATTACKER_ORIGINS): Flow => ({
  name: `hostile: a forged MoonPay complete and MoneyKit link.complete from ${sourceName} are ignored; the real connect still completes`,
  run: async ({ page }) => {
    const { connect } = await openHostilePage(page);
    const attacker = await page.evaluate((origin) => window.hostile.addAttacker(origin), ATTACKER_ORIGINS[sourceName]);
    for (const data of forgeries(connect)) {
      const sent = await page.evaluate(
        ({ id, data }) => window.hostile.command(id, { attacker: "post", target: "top", data, via: "self" }),
        { id: attacker, data },
      );
      assert.deepEqual(sent, { sent: true });
    }
    // The attacker reports after posting, and one sender's messages arrive in order: the forgeries were delivered.
    // A moment more lets any handler's asynchronous work (decrypting forged credentials) run, as the Playwright spec does.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(await page.evaluate(() => window.hostile.state()), {
      events: ["ready"],
      callbacks: [],
      credentials: false,
      iframes: 3,
    });
    await page.evaluate(() => window.hostile.closeMoneyKit());
    await completeConnect(page);
    await page.waitFor(() => window.hostile.state().events.includes("complete"));
    assert.deepEqual(await page.evaluate(() => window.hostile.state().events), ["ready", "complete"]);
    assert.deepEqual(await page.evaluate(() => window.hostile.getConnection()), { ok: true, status: "active" });
  },
});

/** Every issued secret found in the documents' storage (OAuth codes included). */
async function secretsAtRest(documents: Scope[]): Promise<string[]> {
  const observed = await issuedSecrets();
  const issued = { secrets: new Set(observed.secrets), oauthCodes: new Set(observed.oauthCodes) };
  const found: string[] = [];
  // One after the other: a WebDriver session is in one browsing context at a time.
  for (const document of documents) found.push(...findSecrets(await document.evaluate(storedInDocument), issued));
  return found;
}

const noSecretAtRest: Flow = {
  name: "hostile: no issued secret in the storage of the page, MoonPay's connect frame or MoneyKit Connect, before and after connecting",
  run: async ({ page }) => {
    await openHostilePage(page);
    assert.deepEqual(await secretsAtRest([page, page.frame(CONNECT_FRAME), page.frame(MONEYKIT_IN_PAGE)]), []);
    await page.evaluate(() => window.hostile.closeMoneyKit());
    await completeConnect(page);
    await page.waitFor(() => window.hostile.state().credentials);
    assert.deepEqual(await secretsAtRest([page]), []);
  },
};

export const hostileFlows: Flow[] = [
  forged("a wrong origin"),
  forged("the frame host's origin, another window"),
  noSecretAtRest,
];
