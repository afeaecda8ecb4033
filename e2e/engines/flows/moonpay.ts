import assert from "node:assert/strict";
import type {} from "../../support/globals.js";
import { customer } from "../../support/test-accounts.js";
import { sessionToken } from "../api.js";
import type { Tab } from "../driver.js";
import type { Flow } from "../flow.js";
import { completeConnect, fixtureEvent, open } from "./steps.js";

// Seed 000's samples as written, and a payment frame, in a merchant page on
// another site than the frame host (the Playwright specs
// moonpay-seed-samples and moonpay-payments, a slice of each).

declare global {
  interface Window {
    /** What the seed page logged: its samples report by console.log. */
    logged?: unknown[];
  }
}

/** Opens the seed page and records what its samples log, as the Playwright spec reads the console. */
async function openSeedPage(tab: Tab): Promise<void> {
  await open(tab, "/seed.html", "seed");
  await tab.evaluate(() => {
    const logged: unknown[] = [];
    const log = console.log.bind(console);
    window.logged = logged;
    console.log = (...args: unknown[]) => {
      logged.push(JSON.parse(JSON.stringify(args[0])));
      log(...args);
    };
  });
}

const firstLogged = (tab: Tab) => tab.waitFor(() => window.logged?.[0]);

/** Connects `id` once on the fixture page, driving the connect frame's UI; returns the `complete` event. */
async function connectOnce(tab: Tab, id: string): Promise<Record<string, unknown>> {
  await open(tab, "/moonpay.html", "fixture");
  await tab.evaluate((token) => window.fixture.createClient(token), await sessionToken(id));
  assert.deepEqual(await tab.evaluate(() => window.fixture.connect()), { ok: true });
  await completeConnect(tab);
  return fixtureEvent(tab, "complete");
}

const WALLET = "0x9d5f4f3c1a2b8e7d6c5b4a39281706f5e4d3c2b1";

export const moonpayFlows: Flow[] = [
  {
    name: "MoonPay seed check-connection sample: a new customer logs connectionRequired",
    run: async ({ page }) => {
      await openSeedPage(page);
      await page.evaluate((token) => window.seed.checkConnectionSample(token), await sessionToken(customer()));
      assert.deepEqual(await firstLogged(page), { status: "connectionRequired" });
    },
  },
  {
    name: "MoonPay connect with the UI driven, then the seed check-connection sample logs active with credentials",
    run: async ({ page }) => {
      const id = customer();
      const complete = await connectOnce(page, id);
      assert.equal((complete.connection as { status: string }).status, "active");
      await openSeedPage(page);
      await page.evaluate((token) => window.seed.checkConnectionSample(token), await sessionToken(id));
      const connection = (await firstLogged(page)) as { status: string; credentials: Record<string, string> };
      assert.equal(connection.status, "active");
      assert.deepEqual(Object.keys(connection.credentials).sort(), ["accessToken", "clientToken", "expiresAt"]);
    },
  },
  {
    name: "MoonPay seed connect-flow sample: mounts the connect frame, then its own last line disposes it",
    run: async ({ page }) => {
      await openSeedPage(page);
      // Whether a frame was ever mounted: the sample disposes it within the same call.
      await page.evaluate(() => {
        const container = document.getElementById("connect-container")!;
        new MutationObserver(() => {
          if (container.querySelector("iframe")) container.dataset.mounted = "yes";
        }).observe(container, { childList: true, subtree: true });
      });
      await page.evaluate((token) => window.seed.connectFlowSample(token), await sessionToken(customer()));
      assert.deepEqual(
        await page.evaluate(() => [
          document.getElementById("connect-container")!.dataset.mounted,
          document.querySelectorAll("#connect-container iframe").length,
        ]),
        ["yes", 0],
      );
    },
  },
  {
    name: "MoonPay Apple Pay frame (the mock's simulated sheet): quote, pay in the frame, transaction completed",
    run: async ({ page }) => {
      await connectOnce(page, customer("applepay-"));
      await page.evaluate(() => window.fixture.disposeFrame());
      const quote = (await page.evaluate(
        (walletAddress) =>
          window.fixture.pay.quote({
            source: "usd",
            destination: "eth",
            sourceAmount: "100",
            walletAddress,
            paymentMethod: "apple_pay",
          }),
        WALLET,
      )) as { ok: boolean; value: { executable: boolean; signature: string } };
      assert.equal(quote.value.executable, true);
      assert.deepEqual(await page.evaluate((s) => window.fixture.pay.applePay(s), quote.value.signature), { ok: true });
      const payEvent = (kind: string) =>
        page.waitFor(
          (wanted) => (window.fixture.pay.events() as { kind: string }[]).find((event) => event.kind === wanted),
          kind,
        ) as Promise<unknown> as Promise<{ payload: { transaction: { id: string; status: string } } }>;
      await payEvent("ready");
      assert.deepEqual(
        await page.evaluate(() => {
          const frame = document.querySelector("#pay-container iframe")!;
          return [frame.getAttribute("allow"), frame.getAttribute("referrerpolicy")];
        }),
        ["payment 'src'", "no-referrer"],
      );
      const frame = page.frame("#pay-container iframe");
      await frame.click("Pay with Apple Pay");
      await frame.click("Confirm");
      const { transaction } = (await payEvent("complete")).payload;
      assert.equal(transaction.status, "pending");
      const settled = (await page.evaluate((id) => window.fixture.pay.waitFor(id), transaction.id)) as {
        value: { status: string };
      };
      assert.equal(settled.value.status, "completed");
    },
  },
];
