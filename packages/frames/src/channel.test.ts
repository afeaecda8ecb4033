import { connect, WindowMessenger } from "penpal";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type LocalMethods, openChannel } from "./channel.js";
import { FakeWindow, FRAME_ORIGIN, PARENT_ORIGIN, windowPair } from "./fake-windows.test-helper.js";

// The frames run penpal 7; these tests hold the page's own client to penpal's
// real frame side, in both handshake roles.
const participant = vi.hoisted(() => ({ id: "" }));
vi.mock("nanoid", () => ({ nanoid: () => participant.id }));

type Remote = { echo(value: string): Promise<string>; never(): Promise<never>; fails(): Promise<never> };

const LEADER = "zzzzzzzz";
const FOLLOWER = "00000000";

let pair: ReturnType<typeof windowPair>;
const cleanups: (() => void)[] = [];
beforeEach(() => {
  pair = windowPair();
});
afterEach(() => {
  vi.useRealTimers();
  for (const cleanup of cleanups.splice(0)) cleanup();
  pair.restore();
});

function frameSide(
  options: {
    channel?: string;
    allowedOrigin?: string;
    parentMethods?: (remote: Record<string, (...args: unknown[]) => Promise<unknown>>) => void;
  } = {},
) {
  const connection = connect({
    messenger: new WindowMessenger({
      remoteWindow: pair.parent as unknown as Window,
      allowedOrigins: [options.allowedOrigin ?? PARENT_ORIGIN],
    }),
    channel: options.channel ?? "ch_test",
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

function parentSide(
  overrides: {
    callTimeoutMs?: number;
    handshakeTimeoutMs?: number;
    methods?: LocalMethods;
    remoteWindow?: FakeWindow;
    remoteOrigin?: string;
  } = {},
) {
  const channel = openChannel<Remote>({
    remoteWindow: (overrides.remoteWindow ?? pair.frame) as unknown as Window,
    remoteOrigin: overrides.remoteOrigin ?? FRAME_ORIGIN,
    listenOn: pair.parent as unknown as Window,
    channelId: "ch_test",
    handshakeTimeoutMs: overrides.handshakeTimeoutMs ?? 300,
    callTimeoutMs: overrides.callTimeoutMs ?? 300,
    ...(overrides.methods ? { methods: overrides.methods } : {}),
  });
  cleanups.push(channel.destroy);
  return channel;
}

describe.each([
  ["leads", LEADER],
  ["follows", FOLLOWER],
])("openChannel, when the page %s the handshake", (_role, id) => {
  beforeEach(() => {
    participant.id = id;
  });

  it("completes the handshake with penpal's frame side and returns what the frame answers", async () => {
    frameSide();
    const channel = parentSide();
    expect(await channel.ready).toEqual({ ok: true, value: undefined });
    expect(await channel.call("echo", ["hello"])).toEqual({ ok: true, value: "hello" });
  });

  it("answers the frame's calls to the page's own methods, and only those", async () => {
    const connection = frameSide();
    const channel = parentSide({ methods: { notify: (value: string) => `seen ${value}` } });
    await channel.ready;
    const remote = (await connection.promise) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    expect(await remote.notify!("x")).toBe("seen x");
    for (const name of ["missing", "constructor", "__proto__", "toString", "hasOwnProperty"]) {
      await expect(remote[name]!()).rejects.toMatchObject({ code: "METHOD_NOT_FOUND" });
    }
  });

  it("a frame that does not allow the page's origin never connects", async () => {
    frameSide({ allowedOrigin: "https://someone-else.example" });
    expect((await parentSide().ready).error?.code).toBe("handshakeTimeout");
  });
});

describe("openChannel", () => {
  beforeEach(() => {
    participant.id = LEADER;
  });

  it("ends in handshakeTimeout when the frame never answers, and stops listening", async () => {
    const channel = parentSide();
    const ready = await channel.ready;
    expect(ready.error?.code).toBe("handshakeTimeout");
    expect((await channel.call("echo", ["x"])).error?.code).toBe("handshakeTimeout");
    expect(pair.parent.listenerCount).toBe(0);
  });

  it("ignores a frame on another channel", async () => {
    frameSide({ channel: "ch_other" });
    expect((await parentSide().ready).error?.code).toBe("handshakeTimeout");
  });

  it("ignores the right origin from another window, and the right window from another origin", async () => {
    const impostor = new FakeWindow(FRAME_ORIGIN);
    frameSide();
    expect((await parentSide({ remoteWindow: impostor }).ready).error?.code).toBe("handshakeTimeout");
    frameSide();
    expect((await parentSide({ remoteOrigin: "https://frames.example:444" }).ready).error?.code).toBe(
      "handshakeTimeout",
    );
  });

  it("ends a call the frame never answers in callTimeout", async () => {
    frameSide();
    const channel = parentSide({ callTimeoutMs: 50 });
    expect((await channel.call("never", [])).error?.code).toBe("callTimeout");
    expect((await channel.call("echo", ["still alive"])).value).toBe("still alive");
  });

  it("honours a per-call timeout over the default", async () => {
    frameSide();
    const channel = parentSide({ callTimeoutMs: 10_000 });
    const started = Date.now();
    expect((await channel.call("never", [], { timeoutMs: 30 })).error?.code).toBe("callTimeout");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("reports a method the frame lacks or a call that fails as channelFailed", async () => {
    frameSide();
    const channel = parentSide();
    expect((await channel.call("missing" as "echo", ["x"])).error?.code).toBe("channelFailed");
    expect((await channel.call("fails", [])).error?.code).toBe("channelFailed");
  });

  it("settles calls in flight with disposed when destroyed, tells the frame, and stays destroyed", async () => {
    const connection = frameSide();
    const channel = parentSide();
    await channel.ready;
    const remote = (await connection.promise) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const inFlight = channel.call("never", []);
    channel.destroy();
    channel.destroy();
    expect((await inFlight).error?.code).toBe("disposed");
    expect((await channel.call("echo", ["x"])).error?.code).toBe("disposed");
    expect(pair.parent.listenerCount).toBe(0);
    await expect(remote.anything!()).rejects.toMatchObject({ code: "CONNECTION_DESTROYED" });
  });

  it("fails calls with channelFailed when the frame ends the channel", async () => {
    const connection = frameSide();
    const channel = parentSide();
    await channel.ready;
    connection.destroy();
    await vi.waitFor(async () => expect((await channel.call("echo", ["x"])).error?.code).toBe("channelFailed"));
  });

  it("fails what was in flight when the frame reloads, then talks to the new document", async () => {
    frameSide();
    const channel = parentSide({ callTimeoutMs: 5_000 });
    await channel.ready;
    const inFlight = channel.call("never", []);
    pair.frame.reload();
    frameSide();
    expect((await inFlight).error?.code).toBe("channelFailed");
    await vi.waitFor(async () => expect((await channel.call("echo", ["again"])).value).toBe("again"));
  });

  it("leaves no timer behind when destroyed mid-handshake", () => {
    vi.useFakeTimers();
    const channel = parentSide({ handshakeTimeoutMs: 10_000 });
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    channel.destroy();
    vi.advanceTimersByTime(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("destroyed before the handshake, it never connects and says disposed", async () => {
    frameSide();
    const channel = parentSide();
    channel.destroy();
    expect((await channel.ready).error?.code).toBe("disposed");
  });
});
