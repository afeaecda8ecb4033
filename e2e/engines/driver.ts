// The few things a cross-engine spec does with a browser (issue 18), so that
// a spec is written once and each engine's client runs it: Firefox through
// puppeteer-core over WebDriver BiDi, WebKit through a W3C WebDriver client.
// No Playwright type appears here: neither engine is Playwright's build.

/** A document a spec can read and drive: a window's top document or a frame in it. */
export interface Scope {
  /** Runs `fn(arg)` in the document and returns its JSON-serialisable result (a promise is awaited). */
  evaluate<A, R>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>>;
  /** Polls `fn(arg)` until it returns a truthy value, and returns that value; fails after `timeout` ms. */
  waitFor<A, R>(fn: (arg: A) => R, arg?: A, timeout?: number): Promise<NonNullable<Awaited<R>>>;
  /** Clicks, as a person does (the engine's own input), the visible button with this accessible name. */
  click(button: string, options?: { exact?: boolean }): Promise<void>;
  /** Presses a button whose press ends a flow and removes its frame: clicked by the frame itself one task later (see support/press.ts). */
  pressToClose(button: string, options?: { exact?: boolean }): Promise<void>;
  /** Types into the control with this label, as a person does, after clearing it. */
  fill(label: string, value: string): Promise<void>;
}

/** A top-level window (a tab or a popup). */
export interface Tab extends Scope {
  goto(url: string): Promise<void>;
  /** The document of the iframe `selector` finds in this window; looked up again on every call. */
  frame(selector: string): Scope;
  /** Resolves once the window is closed (by itself or by the page that opened it). */
  waitForClose(): Promise<void>;
}

/** One isolated browsing session: its own storage and windows. */
export interface Session {
  readonly page: Tab;
  /** A window opened by the session's pages whose URL matches `url`. */
  waitForWindow(url: RegExp): Promise<Tab>;
  close(): Promise<void>;
}

export interface Engine {
  /** "firefox" or "webkit": the first word of every check name. */
  readonly name: string;
  /** The browser's own product and version, as it reports them. */
  readonly version: string;
  newSession(): Promise<Session>;
  quit(): Promise<void>;
}

/** How long a wait lasts unless a spec says otherwise: each ends in an error naming what did not happen. */
export const WAIT_MS = 10_000;
