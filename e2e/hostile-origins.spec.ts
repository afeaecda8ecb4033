import type { Page } from "@playwright/test";
import { ATTACKER_ORIGINS, MOCK_HOST_ORIGIN } from "./origins.js";
import { FORGED_INSTITUTION } from "./support/forged.js";
import { EXPECTS_CSP_VIOLATION, expect, SENDS_FOREIGN_FRAME_MESSAGES, test } from "./support/guard.js";
import { createLinkSession } from "./support/moneykit.js";
import { completeConnect, createSession, customer } from "./support/moonpay.js";

// Issues 8 and 12, origins and windows: hostile frames on the merchant's page
// send every message that could fool the SDK (MoonPay's v2 strings and
// objects, penpal's dialect, MoneyKit's `{ moneykit: true }` messages), from every kind of window and origin, to the
// page and to the SDK's frames. Expected: nothing accepted,
// no state change, no event fired, and the real frames still work after.
// Then the other direction: the frames refuse parents not allowed for the key.

type Channels = { check: string; connect: string };
type Attack = { target: string; data: unknown; withPort?: boolean };

// Credentials shaped like MoonPay's sealed box, sealed to no one.
const FORGED_BOX = JSON.stringify({
  ephemeralPublicKey: "ab".repeat(32),
  iv: "cd".repeat(12),
  ciphertext: "ef".repeat(48),
});
const v2 = (channelId: string, kind: string, payload?: unknown) =>
  JSON.stringify({ version: 2, meta: { channelId }, kind, ...(payload === undefined ? {} : { payload }) });
const transport = (channel: string, body: Record<string, unknown>) => ({ namespace: "penpal", channel, ...body });
const envelope = (channelId: string, kind: string, payload: unknown) => ({
  version: 1,
  meta: { channelId },
  kind,
  payload,
});
const FORGED_ACTIVE = { status: "active", credentials: FORGED_BOX, customer: { id: "cus_forged" } };

/** What each hostile message is; the connect flow run to its end afterwards proves that nothing changed. */
const MESSAGES: Record<
  string,
  (channels: Channels, context: { realHandshake: unknown; connectFrame: number }) => Attack
> = {
  "a forged `complete` saying active, as MoonPay's v2 string": (c) => ({
    target: "top",
    data: v2(c.connect, "complete", FORGED_ACTIVE),
  }),
  "the same forged `complete` as an object": (c) => ({
    target: "top",
    data: JSON.parse(v2(c.connect, "complete", FORGED_ACTIVE)),
  }),
  "a forged `error` on the connect channel": (c) => ({
    target: "top",
    data: v2(c.connect, "error", { code: "generic", message: "forged" }),
  }),
  "a forged `handshake` on the connect channel": (c) => ({ target: "top", data: v2(c.connect, "handshake") }),
  "a forged `complete` on the finished check's channel": (c) => ({
    target: "top",
    data: v2(c.check, "complete", FORGED_ACTIVE),
  }),
  "a replay of the connect frame's real `handshake`": (_c, { realHandshake }) => ({
    target: "top",
    data: realHandshake,
  }),
  "a forged `complete` in the penpal dialect, with a port": (c) => ({
    target: "top",
    data: transport(c.connect, {
      type: "CALL",
      id: "f1",
      methodPath: ["emit"],
      args: [envelope(c.connect, "complete", FORGED_ACTIVE)],
    }),
    withPort: true,
  }),
  "a forged MoneyKit `link.complete`": () => ({
    target: "top",
    data: {
      moneykit: true,
      type: "link.complete",
      data: { exchangeableToken: "ex_forged", institution: FORGED_INSTITUTION, link_id: "mk_link_forged" },
    },
  }),
  "a forged MoneyKit `link.exit`": () => ({
    target: "top",
    data: { moneykit: true, type: "link.exit", data: { error: null } },
  }),
  "a forged MoneyKit `link.event`": () => ({
    target: "top",
    data: { moneykit: true, type: "link.event", data: { name: "forged_event", properties: {}, meta: {} } },
  }),
  "an `ack` sent into the SDK's connect frame": (c, { connectFrame }) => ({
    target: `frame:${connectFrame}`,
    data: v2(c.connect, "ack"),
  }),
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
  await expect(page.locator("#moneykit-container iframe")).toHaveCount(1);
  return channels as Channels;
}

// The check frame has answered and gone; the connect frame and MoneyKit Connect are open.
const BEFORE = { events: ["ready"], callbacks: [], credentials: false, iframes: 2 };

// One page per source, every message in turn: the state is checked after each
// message (a change names the message that made it), then the real flow runs
// to its end once. A page per message took four minutes of a CI run.
test.describe("hostile messages to a page running Framelink", () => {
  for (const [sourceName, source] of Object.entries(SOURCES)) {
    test(`every forged message, from ${sourceName}: ignored`, async ({ page, request }) => {
      const channels = await openHostilePage(page, request);
      const realHandshake = (await page.evaluate(() => window.hostile.handshakes())).find(
        (data) => typeof data === "string" && data.includes(channels.connect),
      );
      const connectFrame = await page.evaluate(() => window.hostile.frameIndex("#connect-container iframe"));
      const attacker = source.page
        ? undefined
        : await page.evaluate(({ origin, sandboxed }) => window.hostile.addAttacker(origin, sandboxed), {
            origin: source.origin!,
            sandboxed: Boolean(source.sandboxed),
          });
      for (const [messageName, message] of Object.entries(MESSAGES)) {
        // The page's own scripts posting into its frames act as the page, which
        // the frames trust by design: a script running in the page can do all the SDK can.
        if (source.page && messageName === "an `ack` sent into the SDK's connect frame") continue;
        await test.step(messageName, async () => {
          const attack = message(channels, { realHandshake, connectFrame });
          if (attacker === undefined) {
            await page.evaluate(({ data, withPort }) => window.hostile.postToSelf(data, withPort), {
              data: attack.data,
              withPort: Boolean(attack.withPort),
            });
          } else {
            expect(
              await page.evaluate(({ id, command }) => window.hostile.command(id, command), {
                id: attacker,
                command: { attacker: "post", ...attack, via: source.via ?? "self" },
              }),
            ).toEqual({ sent: true });
          }
          await page.waitForTimeout(300);
          expect(await page.evaluate(() => window.hostile.state()), messageName).toEqual({
            ...BEFORE,
            iframes: BEFORE.iframes + (attacker === undefined ? 0 : 1),
          });
        });
      }
      // The real connect frame still runs the flow with the SDK, and only it.
      // MoneyKit's overlay covers the page: close it (no callback runs) to reach the connect frame.
      await page.evaluate(() => window.hostile.closeMoneyKit());
      await completeConnect(page);
      await expect.poll(() => page.evaluate(() => window.hostile.state().events)).toEqual(["ready", "complete"]);
      expect(await page.evaluate(() => window.hostile.getConnection())).toEqual({ ok: true, status: "active" });
    });
  }
});

test.describe("hostile messages around the handshake and after dispose()", () => {
  for (const [sourceName, origin] of [
    ["the frame host's origin, another window", MOCK_HOST_ORIGIN],
    ["a wrong origin", ATTACKER_ORIGINS["a wrong origin"]],
    ["a look-alike origin", ATTACKER_ORIGINS["the frame host's origin as a prefix (port 48000)"]],
  ] as const) {
    test(`a forged handshake before the frame's own, from ${sourceName}: the real frame still gets the channel`, async ({
      page,
      request,
    }) => {
      await page.goto("/hostile.html");
      await page.waitForFunction(() => "hostile" in window);
      const attacker = await page.evaluate((o) => window.hostile.addAttacker(o), origin);
      const token = await createSession(request, customer());
      // The client exists, its frame is loading: the attacker knows the channel id and races it.
      await page.evaluate((t) => window.hostile.createMoonPay(t), token);
      // The frame is mounted once the client's key pair is made: a moment later.
      const check = (await (await page.waitForFunction(() => window.hostile.channels().check)).jsonValue()) as string;
      for (const data of [
        v2(check, "handshake"),
        v2(check, "complete", FORGED_ACTIVE),
        v2(check, "error", { code: "generic", message: "forged" }),
      ]) {
        await page.evaluate(({ id, command }) => window.hostile.command(id, command), {
          id: attacker,
          command: { attacker: "post", target: "top", data },
        });
      }
      expect(await page.evaluate(() => window.hostile.getConnection())).toEqual({
        ok: true,
        status: "connectionRequired",
      });
    });
  }

  test("forged events and replies after dispose(): nothing fires, nothing throws", async ({ page, request }) => {
    const channels = await openHostilePage(page, request);
    const attacker = await page.evaluate((o) => window.hostile.addAttacker(o), MOCK_HOST_ORIGIN);
    await page.evaluate(() => window.hostile.dispose());
    for (const name of [
      "a forged `complete` saying active, as MoonPay's v2 string",
      "a forged `handshake` on the connect channel",
      "a forged `complete` on the finished check's channel",
    ]) {
      const attack = MESSAGES[name]!(channels, { realHandshake: null, connectFrame: 0 });
      await page.evaluate(({ id, command }) => window.hostile.command(id, command), {
        id: attacker,
        command: { attacker: "post", ...attack },
      });
    }
    await page.waitForTimeout(300);
    // The MoneyKit frame and the attacker remain; the MoonPay frame is gone.
    expect(await page.evaluate(() => window.hostile.state())).toEqual({
      events: ["ready"],
      callbacks: [],
      credentials: false,
      iframes: 2,
    });
    expect(await page.evaluate(() => window.hostile.getConnection())).toEqual({ ok: false, code: "disposed" });
  });
});

test.describe("frames refuse parents that are not allowed for the key", () => {
  const FRAMES = {
    "the check frame": "/platform/v1/check-connection",
    "the connect frame": "/platform/v1/connect",
    "MoneyKit Connect": "/start",
  };
  const PARENTS: Record<string, { origin: string; sandboxed?: boolean; allowed: boolean }> = {
    "a wrong origin": { origin: ATTACKER_ORIGINS["a wrong origin"], allowed: false },
    "another port of the frame host's host": {
      origin: ATTACKER_ORIGINS["another port of the frame host's host"],
      allowed: false,
    },
    "the frame host's origin as a prefix": {
      origin: ATTACKER_ORIGINS["the frame host's origin as a prefix (port 48000)"],
      allowed: false,
    },
    "the frame host's origin with a suffix": {
      origin: ATTACKER_ORIGINS["the frame host's origin with a suffix"],
      allowed: false,
    },
    "a sandboxed parent (origin `null`)": {
      origin: ATTACKER_ORIGINS["another host name for the frame host"],
      sandboxed: true,
      allowed: false,
    },
    // The control: an origin the key allows (`http://localhost:*`), so the probe can succeed.
    "an allowed origin (control)": { origin: ATTACKER_ORIGINS["another host name for the frame host"], allowed: true },
  };
  for (const [frameName, path] of Object.entries(FRAMES)) {
    for (const [parentName, parent] of Object.entries(PARENTS)) {
      // The hostile parent speaks both dialects (penpal's SYN object, MoonPay's ack string) to whichever frame it embeds.
      const foreign = { type: SENDS_FOREIGN_FRAME_MESSAGES, description: "the attacker tries penpal's handshake too" };
      const refused = {
        annotation: parent.allowed
          ? [foreign]
          : [foreign, { type: EXPECTS_CSP_VIOLATION, description: "frame-ancestors refuses the frame" }],
      };
      test(
        `${frameName} with ${parentName} as its parent: ${parent.allowed ? "answers" : "never answers"}`,
        refused,
        async ({ page }) => {
          await page.goto("/hostile.html");
          await page.waitForFunction(() => "hostile" in window);
          const attacker = await page.evaluate(
            ({ origin, sandboxed }) => window.hostile.addAttacker(origin, sandboxed),
            { origin: parent.origin, sandboxed: Boolean(parent.sandboxed) },
          );
          const channelId = `ch_probe${Math.random().toString(36).slice(2)}`;
          const result = await page.evaluate(({ id, command }) => window.hostile.command(id, command), {
            id: attacker,
            command: { attacker: "handshake", frameUrl: probeUrl(path, channelId, parent.origin), channelId },
          });
          expect(result).toEqual({ answered: parent.allowed });
        },
      );
    }
  }
});

/** A frame URL for the parent probe: MoonPay's frames take a channel id; MoneyKit Connect, a token and the parent's origin. */
function probeUrl(path: string, channelId: string, parentOrigin: string): string {
  const url = new URL(path, MOCK_HOST_ORIGIN);
  if (path === "/start") {
    url.searchParams.set("linkSessionToken", "lst_probe_not_a_session");
    url.searchParams.set("origin", parentOrigin);
  } else url.searchParams.set("channelId", channelId);
  return url.href;
}
