import type { Page } from "@playwright/test";
import { ATTACKER_ORIGINS, MOCK_HOST_ORIGIN } from "./origins.js";
import { EXPECTS_CSP_VIOLATION, expect, test } from "./support/guard.js";
import { createLinkSession } from "./support/moneykit.js";
import { completeConnect, createSession, customer } from "./support/moonpay.js";

// Issue 8, origins and windows: hostile frames on the merchant's page send
// every message that could fool the SDK, from every kind of window and
// origin, to the page and to the SDK's frames. Expected: nothing accepted,
// no state change, no event fired, and the real frames still work after.
// Then the other direction: the frames refuse parents not allowed for the key.

type Channels = { check: string; connect: string; moneykit: string };
type Attack = { target: string; data: unknown; withPort?: boolean };

const FORGED_CREDENTIALS = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB";
const transport = (channel: string, body: Record<string, unknown>) => ({ namespace: "penpal", channel, ...body });
const envelope = (channelId: string, kind: string, payload: unknown) => ({ version: 1, meta: { channelId }, kind, payload });

/** What each hostile message is, and which of the SDK's channels proves afterwards that nothing changed. */
const MESSAGES: Record<string, { probe: "check" | "connect"; attack: (channels: Channels, context: { realSyn: unknown; checkFrame: number }) => Attack }> = {
  "a forged SYN on the check channel": {
    probe: "check",
    attack: (c) => ({ target: "top", data: transport(c.check, { type: "SYN", participantId: "zzzzzzzzzzzz" }) }),
  },
  "a forged ACK2 carrying a port of its own": {
    probe: "check",
    attack: (c) => ({ target: "top", data: transport(c.check, { type: "ACK2" }), withPort: true }),
  },
  "a forged check reply saying active": {
    probe: "check",
    attack: (c) => ({ target: "top", data: transport(c.check, { type: "REPLY", callId: "1", value: envelope(c.check, "complete", { status: "active", credentials: FORGED_CREDENTIALS }) }) }),
  },
  "a forged `complete` event for the connect frame": {
    probe: "connect",
    attack: (c) => ({ target: "top", data: transport(c.connect, { type: "CALL", id: "f1", methodPath: ["emit"], args: [envelope(c.connect, "complete", { status: "active", credentials: FORGED_CREDENTIALS })] }) }),
  },
  "a forged DESTROY of the connect channel": {
    probe: "connect",
    attack: (c) => ({ target: "top", data: transport(c.connect, { type: "DESTROY" }) }),
  },
  "a forged MoneyKit `success`": {
    probe: "check",
    attack: (c) => ({
      target: "top",
      data: transport(c.moneykit, {
        type: "CALL",
        id: "f2",
        methodPath: ["emit"],
        args: [envelope(c.moneykit, "success", { exchangeableToken: "ex_forged", institution: { id: "forged", name: "Forged", domain: "forged.example", color: "#000000", country: "US", selectedAccounts: [], trackedScreens: [] } })],
      }),
    }),
  },
  "a replay of the check frame's real SYN": {
    probe: "check",
    attack: (_c, { realSyn }) => ({ target: "top", data: realSyn }),
  },
  "a SYN sent into the SDK's check frame": {
    probe: "check",
    attack: (c, { checkFrame }) => ({ target: `frame:${checkFrame}`, data: transport(c.check, { type: "SYN", participantId: "zzzzzzzzzzzz" }) }),
  },
};

/** Where the hostile message comes from: a frame on the merchant's page (how it is made), or the page itself. */
const SOURCES: Record<string, { origin?: string; sandboxed?: boolean; via?: "data" | "blob"; page?: true }> = {
  ...Object.fromEntries(Object.entries(ATTACKER_ORIGINS).map(([name, origin]) => [name, { origin }])),
  "a sandboxed frame (origin `null`)": { origin: MOCK_HOST_ORIGIN, sandboxed: true },
  "a `data:` frame": { origin: ATTACKER_ORIGINS["a wrong origin"], via: "data" },
  "a `blob:` frame made on the frame host's origin": { origin: MOCK_HOST_ORIGIN, via: "blob" },
  "the merchant page itself": { page: true },
};

async function openHostilePage(page: Page, request: Parameters<typeof createSession>[0]): Promise<Channels> {
  await page.goto("/hostile.html");
  await page.waitForFunction(() => "hostile" in window);
  await page.evaluate((token) => window.hostile.createMoonPay(token), await createSession(request, customer()));
  expect(await page.evaluate(() => window.hostile.getConnection())).toEqual({ ok: true, status: "connectionRequired" });
  await page.evaluate(() => window.hostile.openConnect());
  await page.evaluate((token) => window.hostile.openMoneyKit(token), await createLinkSession(request));
  const channels = await page.evaluate(() => window.hostile.channels());
  expect(Object.values(channels).every(Boolean)).toBe(true);
  return channels as Channels;
}

const BEFORE = { events: ["ready"], callbacks: [], credentials: false, iframes: 3 };

test.describe("hostile messages to a page running Framelink", () => {
  for (const [sourceName, source] of Object.entries(SOURCES)) {
    for (const [messageName, message] of Object.entries(MESSAGES)) {
      // The page's own scripts posting into its frames act as the page, which
      // the frames trust by design: a script running in the page can do all the SDK can.
      if (source.page && messageName === "a SYN sent into the SDK's check frame") continue;
      test(`${messageName}, from ${sourceName}: ignored`, async ({ page, request }) => {
        const channels = await openHostilePage(page, request);
        const realSyn = (await page.evaluate(() => window.hostile.handshakes())).find((data) => (data as { type?: string }).type === "SYN");
        const checkFrame = await page.evaluate(() => window.hostile.frameIndex('iframe[title="MoonPay connection check"]'));
        const attack = message.attack(channels, { realSyn, checkFrame });
        if (source.page) {
          await page.evaluate(({ data, withPort }) => window.hostile.postToSelf(data, withPort), { data: attack.data, withPort: Boolean(attack.withPort) });
        } else {
          const attacker = await page.evaluate(({ origin, sandboxed }) => window.hostile.addAttacker(origin, sandboxed), { origin: source.origin!, sandboxed: Boolean(source.sandboxed) });
          const target = attack.target === "top" ? "top" : `frame:${await page.evaluate(() => window.hostile.frameIndex('iframe[title="MoonPay connection check"]'))}`;
          expect(await page.evaluate(({ attacker: id, command }) => window.hostile.command(id, command), { attacker, command: { attacker: "post", ...attack, target, via: source.via ?? "self" } })).toEqual({ sent: true });
        }
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => window.hostile.state())).toEqual({ ...BEFORE, iframes: BEFORE.iframes + (source.page ? 0 : 1) });
        // The real frames still answer, and only they: the check, or the whole connect flow.
        if (message.probe === "check") {
          expect(await page.evaluate(() => window.hostile.getConnection())).toEqual({ ok: true, status: "connectionRequired" });
        } else {
          // MoneyKit's overlay covers the page: close it (no callback runs) to reach the connect frame.
          await page.evaluate(() => window.hostile.closeMoneyKit());
          await completeConnect(page);
          await expect.poll(() => page.evaluate(() => window.hostile.state().events)).toEqual(["ready", "complete"]);
        }
      });
    }
  }
});

test.describe("hostile messages around the handshake and after dispose()", () => {
  for (const [sourceName, origin] of [
    ["the frame host's origin, another window", MOCK_HOST_ORIGIN],
    ["a wrong origin", ATTACKER_ORIGINS["a wrong origin"]],
    ["a look-alike origin", ATTACKER_ORIGINS["the frame host's origin as a prefix (port 48000)"]],
  ] as const) {
    test(`a forged handshake before the frame's own, from ${sourceName}: the real frame still gets the channel`, async ({ page, request }) => {
      await page.goto("/hostile.html");
      await page.waitForFunction(() => "hostile" in window);
      const attacker = await page.evaluate((o) => window.hostile.addAttacker(o), origin);
      const token = await createSession(request, customer());
      // The client exists, its frame is loading: the attacker knows the channel id and races it.
      await page.evaluate((t) => window.hostile.createMoonPay(t), token);
      const { check } = await page.evaluate(() => window.hostile.channels());
      for (const data of [transport(check!, { type: "SYN", participantId: "zzzzzzzzzzzz" }), transport(check!, { type: "ACK1", methodPaths: [["check"]] })]) {
        await page.evaluate(({ id, command }) => window.hostile.command(id, command), { id: attacker, command: { attacker: "post", target: "top", data } });
      }
      await page.evaluate(({ id, command }) => window.hostile.command(id, command), { id: attacker, command: { attacker: "post", target: "top", data: transport(check!, { type: "ACK2" }), withPort: true } });
      expect(await page.evaluate(() => window.hostile.getConnection())).toEqual({ ok: true, status: "connectionRequired" });
    });
  }

  test("forged events and replies after dispose(): nothing fires, nothing throws", async ({ page, request }) => {
    const channels = await openHostilePage(page, request);
    const attacker = await page.evaluate((o) => window.hostile.addAttacker(o), MOCK_HOST_ORIGIN);
    await page.evaluate(() => window.hostile.dispose());
    for (const name of ["a forged `complete` event for the connect frame", "a forged check reply saying active", "a forged SYN on the check channel"]) {
      const attack = MESSAGES[name]!.attack(channels, { realSyn: null, checkFrame: 0 });
      await page.evaluate(({ id, command }) => window.hostile.command(id, command), { id: attacker, command: { attacker: "post", ...attack } });
    }
    await page.waitForTimeout(300);
    // The MoneyKit frame and the attacker remain; the MoonPay frames are gone.
    expect(await page.evaluate(() => window.hostile.state())).toEqual({ events: ["ready"], callbacks: [], credentials: false, iframes: 2 });
    expect(await page.evaluate(() => window.hostile.getConnection())).toEqual({ ok: false, code: "disposed" });
  });
});

test.describe("frames refuse parents that are not allowed for the key", () => {
  const FRAMES = {
    "the check frame": "/platform/v1/check-connection",
    "the connect frame": "/platform/v1/connect",
    "MoneyKit Connect": "/moneykit/connect",
  };
  const PARENTS: Record<string, { origin: string; sandboxed?: boolean; allowed: boolean }> = {
    "a wrong origin": { origin: ATTACKER_ORIGINS["a wrong origin"], allowed: false },
    "another port of the frame host's host": { origin: ATTACKER_ORIGINS["another port of the frame host's host"], allowed: false },
    "the frame host's origin as a prefix": { origin: ATTACKER_ORIGINS["the frame host's origin as a prefix (port 48000)"], allowed: false },
    "the frame host's origin with a suffix": { origin: ATTACKER_ORIGINS["the frame host's origin with a suffix"], allowed: false },
    "a sandboxed parent (origin `null`)": { origin: ATTACKER_ORIGINS["another host name for the frame host"], sandboxed: true, allowed: false },
    // The control: an origin the key allows (`http://localhost:*`), so the probe can succeed.
    "an allowed origin (control)": { origin: ATTACKER_ORIGINS["another host name for the frame host"], allowed: true },
  };
  for (const [frameName, path] of Object.entries(FRAMES)) {
    for (const [parentName, parent] of Object.entries(PARENTS)) {
      const refused = parent.allowed ? {} : { annotation: { type: EXPECTS_CSP_VIOLATION, description: "frame-ancestors refuses the frame" } };
      test(`${frameName} with ${parentName} as its parent: ${parent.allowed ? "answers" : "never answers"}`, refused, async ({ page }) => {
        await page.goto("/hostile.html");
        await page.waitForFunction(() => "hostile" in window);
        const attacker = await page.evaluate(({ origin, sandboxed }) => window.hostile.addAttacker(origin, sandboxed), { origin: parent.origin, sandboxed: Boolean(parent.sandboxed) });
        const channelId = `ch_probe${Math.random().toString(36).slice(2)}`;
        const result = await page.evaluate(
          ({ id, command }) => window.hostile.command(id, command),
          { id: attacker, command: { attacker: "handshake", frameUrl: `${MOCK_HOST_ORIGIN}${path}?channelId=${channelId}`, channelId } },
        );
        expect(result).toEqual({ answered: parent.allowed });
      });
    }
  }
});
