import type { LinkExitError, LinkedInstitution, MoneyKit } from "@framelink/moneykit";

/** What `onSuccess` gets and `success` holds: a relink has no exchangeable token (`null`); Connect's `link_id` either way. */
export interface MoneyKitLinkSuccess {
  readonly exchangeableToken: string | null;
  readonly institution: LinkedInstitution;
  readonly link_id: string;
}

/** The hook's state, as a component renders it. */
export interface MoneyKitLinkSnapshot {
  /**
   * `idle` until the first `open()`, `open` while Connect shows, then
   * `success`, `exit` (the user closed Connect, or `exit()`) or `error`.
   */
  readonly status: "idle" | "open" | "success" | "exit" | "error";
  /** Connect is loaded hidden for the token: `open()` shows it at once. */
  readonly ready: boolean;
  /** Set exactly when `status` is `error`: what Connect or the SDK reported (`error_id` is stable). */
  readonly error?: LinkExitError;
  /** Set when `status` is `success`. */
  readonly success?: MoneyKitLinkSuccess;
  /** Every `onEvent` record since the last `open()`, in order. */
  readonly events: readonly Record<string, unknown>[];
}

export const IDLE: MoneyKitLinkSnapshot = { status: "idle", ready: false, events: [] };

/** The integrator's callbacks, read when called: the latest given are the ones called. */
export interface LinkListeners {
  readonly onSuccess?: ((success: MoneyKitLinkSuccess) => void) | undefined;
  readonly onExit?: ((error: LinkExitError | null) => void) | undefined;
  readonly onEvent?: ((event: Record<string, unknown>) => void) | undefined;
}

/** Connect says the token cannot start again: preloading it once more would only show that error again. */
const SPENT = new Set(["invalid_link_session_token", "too_many_attempts", "relink_requires_existing_link"]);

type Linker = Pick<MoneyKit, "preload" | "link" | "relink" | "continue" | "close">;

/**
 * One token's life in `useMoneyKitLink`, kept out of React so that it can be
 * tested alone: preload, open, one outcome, preload again after an exit.
 * `end()` (the effect's cleanup: unmount, a new token) closes Connect and
 * drops every later callback.
 */
export class LinkSession {
  #ended = false;
  #open = false;
  /** Counts the runs: a callback of an earlier run (one `exit()` cut short) is dropped. */
  #run = 0;
  #preloading: Promise<boolean> | undefined;

  constructor(
    private readonly moneykit: Linker,
    private readonly token: string | null,
    private readonly relink: boolean,
    private readonly update: (change: (previous: MoneyKitLinkSnapshot) => MoneyKitLinkSnapshot) => void,
    private readonly listeners: () => LinkListeners,
  ) {}

  /** Preloads Connect for the token; nothing without one, or once Connect is open. */
  preload(): void {
    if (this.#ended || this.#open || !this.token) return;
    const preloading = this.moneykit.preload(this.token, { relink: this.relink });
    this.#preloading = preloading;
    void preloading.then((ready) => {
      if (ready && !this.#ended && this.#preloading === preloading) this.update((state) => ({ ...state, ready }));
    });
  }

  /** Shows Connect: the preloaded frame at once, or a new one. While Connect is open it already shows: nothing to do. */
  open(): void {
    // Without a token MoneyKit reports invalid_link_session_token, through onExit and `error`.
    this.#start(this.relink ? "relink" : "link", this.token ?? "");
  }

  /** Hands the bank's redirect URL to MoneyKit's `continue()`. */
  continue(redirectURL: string): void {
    this.#start("continue", redirectURL);
  }

  /** Closes Connect if it is open, then reports as the user closing it: `onExit(null)`, `status: "exit"`. */
  exit(): void {
    if (this.#ended || !this.#open) return;
    this.moneykit.close();
    this.#run++;
    this.#exited(null);
  }

  end(): void {
    this.#ended = true;
    this.#preloading = undefined;
    this.moneykit.close();
  }

  #start(method: "link" | "relink" | "continue", argument: string): void {
    if (this.#ended || this.#open) return;
    this.#open = true;
    this.#preloading = undefined;
    const run = ++this.#run;
    const mine = () => !this.#ended && this.#run === run;
    this.update(() => ({ status: "open", ready: false, events: [] }));
    const succeeded = (exchangeableToken: string | null, institution: LinkedInstitution, link_id: string) => {
      if (!mine()) return;
      this.#open = false;
      // A relink resumed through continue() reaches onLinkSuccess with "": there is nothing to exchange.
      const success = { exchangeableToken: exchangeableToken || null, institution, link_id };
      this.update((state) => ({ status: "success", ready: false, success, events: state.events }));
      this.listeners().onSuccess?.(success);
    };
    const exited = (error: LinkExitError | null) => {
      if (mine()) this.#exited(error);
    };
    const evented = (event: Record<string, unknown>) => {
      if (!mine()) return;
      this.update((state) => ({ ...state, events: [...state.events, event] }));
      this.listeners().onEvent?.(event);
    };
    if (method === "relink")
      this.moneykit.relink(argument, (institution, link_id) => succeeded(null, institution, link_id), exited, evented);
    else this.moneykit[method](argument, succeeded, exited, evented);
  }

  #exited(error: LinkExitError | null): void {
    this.#open = false;
    this.update((state) => ({
      status: error ? "error" : "exit",
      ready: false,
      ...(error ? { error } : {}),
      events: state.events,
    }));
    this.listeners().onExit?.(error);
    // Connect takes the same link session again after an exit (it resumes where the user left off).
    if (!error || !SPENT.has(error.error_id)) this.preload();
  }
}
