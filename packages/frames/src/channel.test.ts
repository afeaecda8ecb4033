import { connect } from "penpal";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openChannel } from "./channel.js";
import { messengerPair } from "./fake-messenger.test-helper.js";

type Remote = { echo(value: string): Promise<string>; never(): Promise<never>; fails(): Promise<never> };

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function frameSide(messenger: Parameters<typeof connect>[0]["messenger"], channel = "ch_test") {
  const connection = connect({
    messenger,
    channel,
    methods: {
      echo: (value: string) => value,
      never: () => new Promise(() => undefined),
      fails: () => Promise.reject(new Error("boom")),
    },
  });
  connection.promise.catch(() => undefined);
  cleanups.push(connection.destroy);
  return connection;
}

function parentSide(messenger: Parameters<typeof openChannel>[0]["messenger"], overrides: Partial<Parameters<typeof openChannel>[0]> = {}) {
  const channel = openChannel<Remote>({
    messenger,
    channelId: "ch_test",
    handshakeTimeoutMs: 200,
    callTimeoutMs: 200,
    ...overrides,
  });
  cleanups.push(channel.destroy);
  return channel;
}

describe("openChannel", () => {
  it("completes the handshake and returns what the frame answers", async () => {
    const [parent, frame] = messengerPair();
    frameSide(frame);
    const channel = parentSide(parent);
    expect(await channel.ready).toEqual({ ok: true, value: undefined });
    expect(await channel.call("echo", ["hello"])).toEqual({ ok: true, value: "hello" });
  });

  it("ends in handshakeTimeout when the frame never answers", async () => {
    const [parent, frame] = messengerPair();
    frame.drop();
    const channel = parentSide(parent);
    const ready = await channel.ready;
    expect(ready.ok).toBe(false);
    expect(ready.error?.code).toBe("handshakeTimeout");
    const call = await channel.call("echo", ["x"]);
    expect(call.error?.code).toBe("handshakeTimeout");
  });

  it("ignores a frame on another channel", async () => {
    const [parent, frame] = messengerPair();
    frameSide(frame, "ch_other");
    expect((await parentSide(parent).ready).error?.code).toBe("handshakeTimeout");
  });

  it("ends a call the frame never answers in callTimeout", async () => {
    const [parent, frame] = messengerPair();
    frameSide(frame);
    const channel = parentSide(parent, { callTimeoutMs: 50 });
    expect((await channel.call("never", [])).error?.code).toBe("callTimeout");
    expect((await channel.call("echo", ["still alive"])).value).toBe("still alive");
  });

  it("honours a per-call timeout over the default", async () => {
    const [parent, frame] = messengerPair();
    frameSide(frame);
    const channel = parentSide(parent, { callTimeoutMs: 10_000 });
    const started = Date.now();
    expect((await channel.call("never", [], { timeoutMs: 30 })).error?.code).toBe("callTimeout");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("reports a method the frame lacks or a call that fails as channelFailed", async () => {
    const [parent, frame] = messengerPair();
    frameSide(frame);
    const channel = parentSide(parent);
    expect((await channel.call("missing" as "echo", ["x"])).error?.code).toBe("channelFailed");
    expect((await channel.call("fails", [])).error?.code).toBe("channelFailed");
  });

  it("settles calls in flight with disposed when destroyed, and stays destroyed", async () => {
    const [parent, frame] = messengerPair();
    frameSide(frame);
    const channel = parentSide(parent);
    await channel.ready;
    const inFlight = channel.call("never", []);
    channel.destroy();
    channel.destroy();
    expect((await inFlight).error?.code).toBe("disposed");
    expect((await channel.call("echo", ["x"])).error?.code).toBe("disposed");
  });

  it("leaves no timer behind when destroyed mid-handshake", () => {
    vi.useFakeTimers();
    try {
      const [parent] = messengerPair();
      const channel = parentSide(parent, { handshakeTimeoutMs: 10_000 });
      expect(vi.getTimerCount()).toBeGreaterThan(0);
      channel.destroy();
      vi.advanceTimersByTime(0);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("destroyed before the handshake, it never connects and says disposed", async () => {
    const [parent, frame] = messengerPair();
    frameSide(frame);
    const channel = parentSide(parent);
    channel.destroy();
    expect((await channel.ready).error?.code).toBe("disposed");
  });
});
