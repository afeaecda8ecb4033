import { encodeFrameMessage } from "@framelink/protocol";
import { describe, expect, it, vi } from "vitest";
import { type FrameWindow, type MoonPayParent, openMoonPayParent } from "../../frames/shared/moonpay-parent.js";
import { originPatternToRegExp } from "../allowed-origins.js";

// The frame side of MoonPay's frames protocol, over a fake window: the real
// browser tier is the e2e suite's.
const CHANNEL = "ch_test";
const MERCHANT = "http://localhost:4701";
const ALLOWED = [originPatternToRegExp("http://localhost:*")];

/** A frame under a parent; `parentOrigin` is what `location.ancestorOrigins[0]` says (nothing, in Firefox). */
function fakeFrame(parentOrigin: string | undefined) {
  const posted: { data: unknown; target: string }[] = [];
  const listeners: ((event: MessageEvent) => void)[] = [];
  const parent = {
    postMessage: (data: string, target: string) => void posted.push({ data: JSON.parse(data), target }),
  };
  const frame: FrameWindow = { parent, parentOrigin, addEventListener: (_, listener) => void listeners.push(listener) };
  const receive = (data: unknown, origin = MERCHANT, source: unknown = parent) => {
    for (const listener of listeners) listener({ data, origin, source } as MessageEvent);
  };
  return { frame, parent, posted, receive };
}

const ack = (channelId = CHANNEL) => encodeFrameMessage(channelId, "ack");
/** Whether `promise` has resolved, once pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let tick = 0; tick < 5; tick += 1) await Promise.resolve();
  return done;
}

describe("openMoonPayParent", () => {
  it("greets the parent's origin when the browser names it, and '*' when it does not", () => {
    const named = fakeFrame(MERCHANT);
    void openMoonPayParent(CHANNEL, ALLOWED, named.frame);
    expect(named.posted).toEqual([
      { data: { version: 2, meta: { channelId: CHANNEL }, kind: "handshake" }, target: MERCHANT },
    ]);
    const unnamed = fakeFrame(undefined);
    void openMoonPayParent(CHANNEL, ALLOWED, unnamed.frame);
    expect(unnamed.posted.map((post) => post.target)).toEqual(["*"]);
    // A parent that embeds with no referrer is named "null": that names nobody.
    const hidden = fakeFrame("null");
    void openMoonPayParent(CHANNEL, ALLOWED, hidden.frame);
    expect(hidden.posted.map((post) => post.target)).toEqual(["*"]);
  });

  it("stays silent under a parent the allowlist refuses", () => {
    const fake = fakeFrame("https://evil.example");
    void openMoonPayParent(CHANNEL, ALLOWED, fake.frame);
    fake.receive(ack(), "https://evil.example");
    expect(fake.posted).toEqual([]);
  });

  it("takes only an ack from the parent window, at an allowed origin (the named one, where named), on its channel, version 2", async () => {
    const fake = fakeFrame(undefined);
    const opened = openMoonPayParent(CHANNEL, ALLOWED, fake.frame);
    fake.receive(ack(), MERCHANT, {});
    fake.receive(ack(), "https://evil.example");
    fake.receive(ack("ch_other"));
    fake.receive(JSON.stringify({ version: 1, meta: { channelId: CHANNEL }, kind: "ack" }));
    fake.receive(encodeFrameMessage(CHANNEL, "setQuote", { quote: { signature: "s" } }));
    fake.receive("not json");
    fake.receive({ __proto__: { version: 2 } });
    expect(await settled(opened)).toBe(false);

    const named = fakeFrame(MERCHANT);
    const namedOpened = openMoonPayParent(CHANNEL, ALLOWED, named.frame);
    named.receive(ack(), "http://localhost:9999");
    expect(await settled(namedOpened)).toBe(false);
    named.receive(ack());
    expect(await settled(namedOpened)).toBe(true);
  });

  it("after the ack, posts to that exact origin and hears only it", async () => {
    const fake = fakeFrame(undefined);
    const opened = openMoonPayParent(CHANNEL, ALLOWED, fake.frame);
    fake.receive(ack(), "http://localhost:4702");
    const parent: MoonPayParent = await opened;
    parent.emit("ready");
    parent.emit("complete", { status: "active" });
    expect(fake.posted.slice(1)).toEqual([
      { data: { version: 2, meta: { channelId: CHANNEL }, kind: "ready" }, target: "http://localhost:4702" },
      {
        data: { version: 2, meta: { channelId: CHANNEL }, kind: "complete", payload: { status: "active" } },
        target: "http://localhost:4702",
      },
    ]);

    const heard = vi.fn();
    parent.onMessage(heard);
    fake.receive(
      encodeFrameMessage(CHANNEL, "setQuote", { quote: { signature: "from another allowed origin" } }),
      MERCHANT,
    );
    fake.receive(
      encodeFrameMessage(CHANNEL, "setQuote", { quote: { signature: "not from the parent" } }),
      "http://localhost:4702",
      {},
    );
    fake.receive(encodeFrameMessage(CHANNEL, "setQuote", { quote: {} }), "http://localhost:4702");
    fake.receive(ack(), "http://localhost:4702");
    fake.receive(encodeFrameMessage(CHANNEL, "setQuote", { quote: { signature: "sig_2" } }), "http://localhost:4702");
    expect(heard.mock.calls).toEqual([[{ kind: "setQuote", payload: { signature: "sig_2" } }]]);
  });

  it("greets once: nothing more before the ack, nor after it", async () => {
    const fake = fakeFrame(MERCHANT);
    const opened = openMoonPayParent(CHANNEL, ALLOWED, fake.frame);
    fake.receive(encodeFrameMessage(CHANNEL, "setQuote", { quote: { signature: "early" } }));
    expect(fake.posted).toHaveLength(1);
    fake.receive(ack());
    await opened;
    fake.receive(ack());
    expect(fake.posted).toHaveLength(1);
  });
});
