import { CHECK_EVENTS, encodeFrameMessage } from "@framelink/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startConversation } from "./frame-conversation.js";

// The page's side of MoonPay's frames protocol, over fake windows: what it
// hears, what it answers, and what it ignores.

const FRAME_ORIGIN = "https://blocks.moonpay.test";

type Listener = (event: Partial<MessageEvent>) => void;

function page() {
  const listeners = new Set<Listener>();
  const frame = {
    posted: [] as [unknown, string][],
    postMessage(data: unknown, origin: string) {
      this.posted.push([data, origin]);
    },
  };
  return {
    frame,
    listenOn: {
      addEventListener: (_: string, listener: Listener) => listeners.add(listener),
      removeEventListener: (_: string, listener: Listener) => listeners.delete(listener),
    } as unknown as Window,
    deliver: (data: unknown, from: { source?: unknown; origin?: string } = {}) => {
      for (const listener of [...listeners])
        listener({ data, source: (from.source ?? frame) as Window, origin: from.origin ?? FRAME_ORIGIN });
    },
    listenerCount: () => listeners.size,
  };
}

function converse(handshakeTimeoutMs = 1000) {
  const p = page();
  const events: unknown[] = [];
  const conversation = startConversation({
    events: CHECK_EVENTS,
    remoteWindow: () => p.frame as unknown as Window,
    frameOrigin: FRAME_ORIGIN,
    channelId: "ch_1",
    handshakeTimeoutMs,
    onEvent: (event) => events.push(event),
    listenOn: p.listenOn,
  });
  return { ...p, conversation, events };
}

const message = (kind: string, payload?: unknown, channel = "ch_1") => encodeFrameMessage(channel, kind, payload);

afterEach(() => {
  vi.useRealTimers();
});

describe("startConversation", () => {
  it("answers the handshake with ack to the exact origin, then passes the frame's events on", async () => {
    const { frame, deliver, conversation, events } = converse();
    deliver(message("handshake"));
    expect(await conversation.ready).toEqual({ ok: true, value: undefined });
    expect(frame.posted).toEqual([['{"version":2,"meta":{"channelId":"ch_1"},"kind":"ack"}', FRAME_ORIGIN]]);
    deliver(message("complete", { status: "pending" }));
    expect(events).toEqual([{ kind: "complete", payload: { status: "pending" } }]);
  });

  it("ignores events before the handshake, and other windows, origins, channels and kinds", () => {
    const { deliver, events } = converse();
    deliver(message("complete", { status: "pending" }));
    deliver(message("handshake"), { source: {} });
    deliver(message("handshake"), { origin: "https://blocks.moonpay.test.evil.example" });
    deliver(message("handshake", undefined, "ch_2"));
    deliver(JSON.stringify({ version: 1, meta: { channelId: "ch_1" }, kind: "handshake" }));
    deliver(message("handshake"));
    deliver(message("ready"));
    deliver(message("complete", { status: "great" }));
    expect(events).toEqual([]);
  });

  it("says when a documented kind comes with a payload that does not read, after the handshake only", () => {
    const p = page();
    const malformed: number[] = [];
    startConversation({
      events: CHECK_EVENTS,
      remoteWindow: () => p.frame as unknown as Window,
      frameOrigin: FRAME_ORIGIN,
      channelId: "ch_1",
      handshakeTimeoutMs: 1000,
      onEvent: () => undefined,
      onMalformed: () => malformed.push(1),
      listenOn: p.listenOn,
    });
    p.deliver(message("complete", { status: "great" }));
    expect(malformed).toEqual([]);
    p.deliver(message("handshake"));
    p.deliver(message("complete", { status: "great" }));
    p.deliver(message("surprise"));
    expect(malformed).toEqual([1]);
  });

  it("answers a repeated handshake (the frame reloaded) again", () => {
    const { frame, deliver } = converse();
    deliver(message("handshake"));
    deliver(message("handshake"));
    expect(frame.posted).toHaveLength(2);
  });

  it("settles handshakeTimeout when no handshake comes in time", async () => {
    vi.useFakeTimers();
    const { conversation } = converse(500);
    vi.advanceTimersByTime(500);
    expect((await conversation.ready).error?.code).toBe("handshakeTimeout");
  });

  it("ends: stops listening, settles disposed, sends nothing more", async () => {
    const { frame, deliver, conversation, events, listenerCount } = converse();
    conversation.end();
    conversation.end();
    expect(listenerCount()).toBe(0);
    expect((await conversation.ready).error?.code).toBe("disposed");
    deliver(message("handshake"));
    conversation.send("setQuote", { quote: { signature: "s" } });
    expect(frame.posted).toEqual([]);
    expect(events).toEqual([]);
  });
});
