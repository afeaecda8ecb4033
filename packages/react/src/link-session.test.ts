import type { LinkExitError, LinkedInstitution } from "@framelink/moneykit";
import { expect, it, vi } from "vitest";
import { IDLE, type LinkListeners, LinkSession, type MoneyKitLinkSnapshot } from "./link-session.js";

// useMoneyKitLink's logic against a fake MoneyKit (the hook itself runs in
// Chromium under StrictMode: e2e/react-hooks.spec.ts).
const TOKEN = "lst_hook_token_01";
const BANK = { id: "plain_bank", name: "Plain Savings Bank" } as unknown as LinkedInstitution;
const ERROR = (error_id: string): LinkExitError => ({ error_id, displayed_message: "", request_id: "r" });

function setUp(options: { token?: string | null; relink?: boolean; preloads?: boolean } = {}) {
  let ready = (_: boolean) => undefined as unknown;
  const moneykit = {
    preload: vi.fn(
      (_token: string, _options?: { relink?: boolean }) =>
        new Promise<boolean>((resolve) => {
          ready = resolve;
        }),
    ),
    link: vi.fn(),
    relink: vi.fn(),
    continue: vi.fn(),
    close: vi.fn(),
  };
  let state: MoneyKitLinkSnapshot = IDLE;
  let listeners: LinkListeners = { onSuccess: vi.fn(), onExit: vi.fn(), onEvent: vi.fn() };
  const session = new LinkSession(
    moneykit,
    options.token === undefined ? TOKEN : options.token,
    options.relink ?? false,
    (change) => {
      state = change(state);
    },
    () => listeners,
  );
  /** The callbacks MoneyKit got from the last link/relink/continue. */
  const last = (method: "link" | "relink" | "continue") => {
    const call = moneykit[method].mock.calls.at(-1) as unknown[];
    return call.slice(1) as [(...args: unknown[]) => void, (error: LinkExitError | null) => void, (e: object) => void];
  };
  return {
    moneykit,
    session,
    state: () => state,
    listeners: () => listeners,
    setListeners: (given: LinkListeners) => {
      listeners = given;
    },
    ready: (value: boolean) => ready(value),
    last,
  };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

it("preloads the token, and is ready once MoneyKit says Connect started", async () => {
  const t = setUp();
  t.session.preload();
  expect(t.moneykit.preload).toHaveBeenCalledWith(TOKEN, { relink: false });
  expect(t.state().ready).toBe(false);
  t.ready(true);
  await tick();
  expect(t.state()).toEqual({ status: "idle", ready: true, events: [] });
});

it("a failed preload leaves ready false; without a token nothing is preloaded", async () => {
  const t = setUp();
  t.session.preload();
  t.ready(false);
  await tick();
  expect(t.state().ready).toBe(false);
  const none = setUp({ token: null });
  none.session.preload();
  expect(none.moneykit.preload).not.toHaveBeenCalled();
});

it("open() links with the token; events, then success reach the state and the latest callbacks", async () => {
  const t = setUp();
  t.session.preload();
  t.ready(true);
  await tick();
  t.session.open();
  expect(t.moneykit.link).toHaveBeenCalledWith(TOKEN, expect.any(Function), expect.any(Function), expect.any(Function));
  expect(t.state()).toEqual({ status: "open", ready: false, events: [] });
  const [success, , event] = t.last("link");
  event({ name: "screen_viewed" });
  // Callbacks given after open() are the ones called (react-plaid-link's stale-callback complaint).
  const later = { onSuccess: vi.fn(), onExit: vi.fn(), onEvent: vi.fn() };
  t.setListeners(later);
  event({ name: "success" });
  success("ex_token", BANK, "mk_link_1");
  expect(later.onEvent).toHaveBeenCalledWith({ name: "success" });
  expect(later.onSuccess).toHaveBeenCalledWith({
    exchangeableToken: "ex_token",
    institution: BANK,
    link_id: "mk_link_1",
  });
  expect(t.state()).toEqual({
    status: "success",
    ready: false,
    success: { exchangeableToken: "ex_token", institution: BANK, link_id: "mk_link_1" },
    events: [{ name: "screen_viewed" }, { name: "success" }],
  });
  // A finished link session is not preloaded again.
  expect(t.moneykit.preload).toHaveBeenCalledTimes(1);
});

it("a relink token opens relink(); its success has no exchangeable token", () => {
  const t = setUp({ relink: true });
  t.session.preload();
  expect(t.moneykit.preload).toHaveBeenCalledWith(TOKEN, { relink: true });
  t.session.open();
  const [success] = t.last("relink");
  success(BANK, "mk_link_2");
  expect(t.state().success).toEqual({ exchangeableToken: null, institution: BANK, link_id: "mk_link_2" });
});

it("open() while Connect is open starts nothing more", () => {
  const t = setUp();
  t.session.open();
  t.session.open();
  t.session.continue("https://shop.example/return?state=s");
  expect(t.moneykit.link).toHaveBeenCalledTimes(1);
  expect(t.moneykit.continue).not.toHaveBeenCalled();
});

it("an exit by the user is status exit, no error, and the same token is preloaded again", () => {
  const t = setUp();
  t.session.open();
  const [, exited] = t.last("link");
  exited(null);
  expect(t.state()).toEqual({ status: "exit", ready: false, events: [] });
  expect(t.listeners().onExit).toHaveBeenCalledWith(null);
  expect(t.moneykit.preload).toHaveBeenCalledTimes(1);
});

it("an error is status error with the error; a spent token is not preloaded again, a bank error is", () => {
  const t = setUp();
  t.session.open();
  t.last("link")[1](ERROR("institution_error"));
  expect(t.state()).toMatchObject({ status: "error", error: { error_id: "institution_error" } });
  expect(t.moneykit.preload).toHaveBeenCalledTimes(1);
  t.session.open();
  expect(t.state().error).toBeUndefined();
  t.last("link")[1](ERROR("too_many_attempts"));
  expect(t.moneykit.preload).toHaveBeenCalledTimes(1);
});

it("exit() closes Connect and reports onExit(null) once: MoneyKit's late callbacks are dropped", () => {
  const t = setUp();
  t.session.exit();
  expect(t.moneykit.close).not.toHaveBeenCalled();
  t.session.open();
  const [success, exited, event] = t.last("link");
  t.session.exit();
  expect(t.moneykit.close).toHaveBeenCalledTimes(1);
  expect(t.state().status).toBe("exit");
  expect(t.listeners().onExit).toHaveBeenCalledTimes(1);
  exited(null);
  success("ex", BANK, "l");
  event({ name: "late" });
  expect(t.listeners().onExit).toHaveBeenCalledTimes(1);
  expect(t.listeners().onSuccess).not.toHaveBeenCalled();
  expect(t.state()).toEqual({ status: "exit", ready: false, events: [] });
  expect(t.moneykit.preload).toHaveBeenCalledTimes(1);
});

it("end() closes Connect and nothing is reported afterwards, not even a preload that lands late", async () => {
  const t = setUp();
  t.session.preload();
  t.session.end();
  t.ready(true);
  await tick();
  expect(t.state().ready).toBe(false);
  expect(t.moneykit.close).toHaveBeenCalledTimes(1);
  t.session.open();
  expect(t.moneykit.link).not.toHaveBeenCalled();
});

it("a callback after end() changes nothing", () => {
  const t = setUp();
  t.session.open();
  const [success, exited] = t.last("link");
  t.session.end();
  success("ex", BANK, "l");
  exited(null);
  expect(t.state().status).toBe("open");
  expect(t.listeners().onSuccess).not.toHaveBeenCalled();
  expect(t.listeners().onExit).not.toHaveBeenCalled();
});

it("continue() hands the redirect URL to MoneyKit and reports like a link", () => {
  const t = setUp({ token: null });
  t.session.continue("https://shop.example/return?state=s");
  expect(t.moneykit.continue).toHaveBeenCalledWith(
    "https://shop.example/return?state=s",
    expect.any(Function),
    expect.any(Function),
    expect.any(Function),
  );
  t.last("continue")[0]("ex", BANK, "l");
  expect(t.state().status).toBe("success");
});

it('a relink resumed through continue() (MoneyKit reports "") has no exchangeable token: null, as after relink()', () => {
  const t = setUp({ token: null });
  t.session.continue("https://shop.example/return?state=s");
  t.last("continue")[0]("", BANK, "l");
  expect(t.state().success).toEqual({ exchangeableToken: null, institution: BANK, link_id: "l" });
});

it("a preload that resolves after open() does not mark the open Connect ready", async () => {
  const t = setUp();
  t.session.preload();
  t.session.open();
  t.ready(true);
  await tick();
  expect(t.state()).toEqual({ status: "open", ready: false, events: [] });
});
