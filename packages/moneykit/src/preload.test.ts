import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { Callbacks } from "./callbacks.js";
import type { ConnectRun } from "./connect-run.js";
import type { ConnectLaunch } from "./connect-url.js";
import { MoneyKit } from "./moneykit.js";

// MoneyKit's side of preloading, against a fake run part (the real one is
// proven in Chromium: e2e/moneykit-preload.spec.ts): which frame a call
// starts, shows or closes, and what reaches the callbacks.
interface FakeRun {
  launch: ConnectLaunch;
  shown: Callbacks[];
  closed: boolean;
  start(started: boolean): void;
  end(): void;
}
const runs: FakeRun[] = [];

vi.mock("./parts.js", () => ({
  loadRun: async () => ({
    ok: true,
    value: {
      startConnect(_options: unknown, launch: ConnectLaunch, onEnd: () => void): ConnectRun {
        let start: (started: boolean) => void = () => undefined;
        const fake: FakeRun = {
          launch,
          shown: [],
          closed: false,
          start: (started) => start(started),
          end: () => {
            start(false);
            onEnd();
          },
        };
        runs.push(fake);
        return {
          started: new Promise((resolve) => {
            start = resolve;
          }),
          show: (callbacks) => fake.shown.push(callbacks),
          close: () => {
            fake.closed = true;
            fake.end();
          },
        };
      },
    },
  }),
  loadOAuth: async () => ({ ok: false }),
}));

const TOKEN = "lst_preloaded_0001";
const OTHER = "lst_other_token_02";
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.stubGlobal("document", {});
  runs.length = 0;
});
afterEach(() => vi.unstubAllGlobals());

function moneykit() {
  return new MoneyKit({ __connectSDKUIHost: "https://connect.example" });
}

it("preload starts one hidden frame; link() with the same token shows that frame, with the callbacks", async () => {
  const mk = moneykit();
  const ready = mk.preload(TOKEN);
  expect(mk.preload(TOKEN)).toBe(ready);
  await settle();
  expect(runs).toHaveLength(1);
  expect(runs[0]!.launch).toEqual({ kind: "link", direct: false, linkSessionToken: TOKEN });
  expect(runs[0]!.shown).toEqual([]);
  runs[0]!.start(true);
  expect(await ready).toBe(true);
  const onLinkSuccess = vi.fn();
  mk.link(TOKEN, onLinkSuccess);
  expect(runs).toHaveLength(1);
  expect(runs[0]!.shown).toEqual([expect.objectContaining({ onLinkSuccess })]);
});

it("link() before the run part has loaded still shows the preloaded frame once it has", async () => {
  const mk = moneykit();
  void mk.preload(TOKEN);
  const onLinkExit = vi.fn();
  mk.link(TOKEN, undefined, onLinkExit);
  await settle();
  expect(runs).toHaveLength(1);
  expect(runs[0]!.shown).toEqual([expect.objectContaining({ onLinkExit })]);
});

it("a relink preload is shown by relink(), not by link()", async () => {
  const mk = moneykit();
  void mk.preload(TOKEN, { relink: true });
  await settle();
  expect(runs[0]!.launch.kind).toBe("relink");
  mk.link(TOKEN);
  await settle();
  expect(runs[0]!.closed).toBe(true);
  expect(runs[1]!.launch.kind).toBe("link");
  expect(runs[1]!.shown).toHaveLength(1);
});

it("another token closes the preload: a new preload replaces it, link() opens cold", async () => {
  const mk = moneykit();
  const first = mk.preload(TOKEN);
  await settle();
  const second = mk.preload(OTHER);
  expect(await first).toBe(false);
  await settle();
  expect(runs.map((run) => run.closed)).toEqual([true, false]);
  mk.link(TOKEN);
  await settle();
  expect(await second).toBe(false);
  expect(runs.map((run) => [run.launch.linkSessionToken, run.closed, run.shown.length])).toEqual([
    [TOKEN, true, 0],
    [OTHER, true, 0],
    [TOKEN, false, 1],
  ]);
});

it("close() ends a preload, even one whose part has not loaded yet; link() then opens cold", async () => {
  const mk = moneykit();
  const ready = mk.preload(TOKEN);
  mk.close();
  expect(await ready).toBe(false);
  expect(runs).toHaveLength(0);
  void mk.preload(TOKEN);
  await settle();
  mk.close();
  expect(runs[0]!.closed).toBe(true);
  mk.link(TOKEN);
  await settle();
  expect(runs).toHaveLength(2);
  expect(runs[1]!.shown).toHaveLength(1);
});

it("a preload that ended by itself (timeout) is not shown: link() opens cold", async () => {
  const mk = moneykit();
  const ready = mk.preload(TOKEN);
  await settle();
  runs[0]!.end();
  expect(await ready).toBe(false);
  mk.link(TOKEN);
  await settle();
  expect(runs).toHaveLength(2);
  expect(runs[1]!.shown).toHaveLength(1);
});

it("refuses to preload while Connect is open, or without a valid token, and never calls back", async () => {
  const mk = moneykit();
  expect(await mk.preload("short")).toBe(false);
  // Whatever a caller passes: never a throw.
  expect(await mk.preload(Symbol("token") as never)).toBe(false);
  expect(await mk.preload(Object.create(null) as never)).toBe(false);
  const onLinkExit = vi.fn();
  mk.link(TOKEN, undefined, onLinkExit);
  await settle();
  expect(await mk.preload(OTHER)).toBe(false);
  expect(runs).toHaveLength(1);
  expect(runs[0]!.closed).toBe(false);
  // A cold link() has no preload to reveal: the same token again is refused, not stacked.
  mk.link(TOKEN, undefined, onLinkExit);
  await settle();
  expect(onLinkExit).toHaveBeenCalledWith(expect.objectContaining({ error_id: "connect_already_open" }));
  expect(runs).toHaveLength(1);
});

it("a shown preload counts as open: a second link() with its token is refused", async () => {
  const mk = moneykit();
  void mk.preload(TOKEN);
  await settle();
  mk.link(TOKEN);
  const onLinkExit = vi.fn();
  mk.link(TOKEN, undefined, onLinkExit);
  await settle();
  expect(onLinkExit).toHaveBeenCalledWith(expect.objectContaining({ error_id: "connect_already_open" }));
  expect(runs).toHaveLength(1);
  expect(runs[0]!.shown).toHaveLength(1);
});

it("without a document (server-side rendering) preload resolves false and loads nothing", async () => {
  vi.unstubAllGlobals();
  expect(typeof document).toBe("undefined");
  expect(await moneykit().preload(TOKEN)).toBe(false);
  expect(runs).toHaveLength(0);
});
