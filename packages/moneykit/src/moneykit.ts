import { isPlainRecord, isSecureUrl } from "@framelink/protocol";
import type {
  Callbacks,
  LinkEventCallback,
  LinkExitCallback,
  LinkSuccessCallback,
  RelinkSuccessCallback,
} from "./callbacks.js";
import { invoke } from "./callbacks.js";
import type { ConnectRun } from "./connect-run.js";
import type { ConnectKind, ConnectLaunch } from "./connect-url.js";
import { ExitErrorId, exitError } from "./exit-errors.js";
import { type MoneyKitOptions, type OptionsProblem, type ResolvedOptions, readMoneyKitOptions } from "./options.js";
import { loadOAuth, loadRun } from "./parts.js";
import { keepToken, keptToken } from "./token-store.js";

const LINK_SESSION_TOKEN = /^[A-Za-z0-9_\-.~+/=]{8,2048}$/;
const isToken = (token: unknown): token is string => typeof token === "string" && LINK_SESSION_TOKEN.test(token);

/** The one Connect frame an instance has at a time: preloaded (hidden, no callbacks yet) or shown. */
interface Held {
  /** `kind token` of a preload: what a later link() or relink() must name to reveal it. */
  readonly key?: string;
  callbacks: Callbacks | undefined;
  run?: ConnectRun;
  closed?: boolean;
  started: Promise<boolean>;
}

/**
 * MoneyKit Connect for the web, a drop-in for `@moneykit/connect` 0.3.28:
 * the same class, options, methods and callbacks on the same wire protocol.
 * Never throws: every failure reaches `onLinkExit` with an error whose
 * `error_id` is stable (the package README lists them).
 */
export class MoneyKit {
  /** The options as given (a shallow copy), as 0.3.28 exposes them. */
  options: MoneyKitOptions;
  readonly #resolved: ResolvedOptions | OptionsProblem;
  #held: Held | undefined;

  constructor(options?: MoneyKitOptions) {
    this.options = isPlainRecord(options) ? { ...options } : {};
    this.#resolved = readMoneyKitOptions(options);
    // A page creates the launcher long before the click that calls link(): the run loads meanwhile.
    if (typeof document !== "undefined") void loadRun();
  }

  /** Opens Connect for a new link with a link session token from your server. */
  link(
    linkSessionToken: string,
    onLinkSuccess?: LinkSuccessCallback,
    onLinkExit?: LinkExitCallback,
    onLinkEvent?: LinkEventCallback,
  ): void {
    this.#start("link", linkSessionToken, false, { onLinkSuccess, onLinkExit, onLinkEvent });
  }

  /**
   * Opens Connect to repair a link whose authorization expired (a link session
   * created with `existing_link_id`). Success is `(institution, link_id)`.
   */
  relink(
    linkSessionToken: string,
    onRelinkSuccess?: RelinkSuccessCallback,
    onRelinkExit?: LinkExitCallback,
    onRelinkEvent?: LinkEventCallback,
  ): void {
    this.#start("relink", linkSessionToken, false, {
      onRelinkSuccess,
      onLinkExit: onRelinkExit,
      onLinkEvent: onRelinkEvent,
    });
  }

  /**
   * Call on your `redirect_uri` page with the full URL the bank redirected to.
   * In the popup or tab Connect opened, it hands the URL back to Connect and
   * this window closes (these callbacks are then not called; the first
   * page's are). Otherwise (a webview, where the top window went to the bank)
   * it relaunches Connect here, which resumes the link in progress.
   */
  continue(
    redirectURL: string,
    onLinkSuccess?: LinkSuccessCallback,
    onLinkExit?: LinkExitCallback,
    onLinkEvent?: LinkEventCallback,
  ): void {
    this.#continue(redirectURL, false, continueCallbacks(onLinkSuccess, onLinkExit, onLinkEvent));
  }

  /** `link()` with Connect in its direct view mode (`viewMode=direct`). */
  __linkDirect(
    linkSessionToken: string,
    onLinkSuccess?: LinkSuccessCallback,
    onLinkExit?: LinkExitCallback,
    onLinkEvent?: LinkEventCallback,
  ): void {
    this.#start("link", linkSessionToken, true, { onLinkSuccess, onLinkExit, onLinkEvent });
  }

  /** `relink()` with `viewMode=direct`. */
  __relinkDirect(
    linkSessionToken: string,
    onLinkSuccess?: RelinkSuccessCallback,
    onLinkExit?: LinkExitCallback,
    onLinkEvent?: LinkEventCallback,
  ): void {
    this.#start("relink", linkSessionToken, true, { onRelinkSuccess: onLinkSuccess, onLinkExit, onLinkEvent });
  }

  /** `continue()` with `viewMode=direct`; as in 0.3.28 it always relaunches Connect here. */
  __continueDirect(
    redirectURL: string,
    onLinkSuccess?: LinkSuccessCallback,
    onLinkExit?: LinkExitCallback,
    onLinkEvent?: LinkEventCallback,
  ): void {
    this.#continue(redirectURL, true, continueCallbacks(onLinkSuccess, onLinkExit, onLinkEvent));
  }

  /**
   * Framelink extra: loads Connect for this token now, hidden, so that the
   * next `link()` (or `relink()` with `{ relink: true }`) with the same token
   * shows it at once. Resolves `true` once Connect has started, `false` if it
   * could not (bad token or options, no document, Connect open already, load
   * failure, `startTimeoutMs`), or was closed first: `link()` then opens
   * Connect as usual. Another token, `link()` with another token, or
   * `close()` ends the preload; the same token again returns the same promise.
   * Never calls a callback: those given to `link()` get Connect's events from
   * the start, in order, once it shows.
   */
  preload(linkSessionToken: string, options?: { relink?: boolean }): Promise<boolean> {
    if (!isToken(linkSessionToken)) return Promise.resolve(false);
    const relink = isPlainRecord(options) && Object.hasOwn(options, "relink") && options.relink === true;
    const key = `${relink ? "relink" : "link"} ${linkSessionToken}`;
    const held = this.#held;
    if (held && !held.callbacks && held.key === key) return held.started;
    const resolved = this.#resolved;
    if (held?.callbacks || isProblem(resolved) || typeof document === "undefined") return Promise.resolve(false);
    this.close();
    const start: ConnectLaunch = { kind: relink ? "relink" : "link", direct: false, linkSessionToken };
    return this.#hold(resolved, start, undefined, key).started;
  }

  /** Framelink extra: closes Connect, shown or preloaded, at once, without calling any callback (a component unmounting). Idempotent. */
  close(): void {
    const held = this.#held;
    if (!held) return;
    this.#release(held);
    held.run?.close();
  }

  #start(kind: Exclude<ConnectKind, "continue">, token: unknown, direct: boolean, callbacks: Callbacks): void {
    if (!isToken(token)) {
      return fail(callbacks, ExitErrorId.InvalidLinkSessionToken, "The link session token is missing or malformed.");
    }
    const held = this.#held;
    if (held && !held.callbacks && !direct && held.key === `${kind} ${token}`) {
      // The preloaded Connect is this link: show it (at once if its part has loaded, else as soon as it has).
      keepToken(token);
      held.callbacks = callbacks;
      held.run?.show(callbacks);
      return;
    }
    this.#launch(callbacks, () => {
      keepToken(token);
      return { kind, direct, linkSessionToken: token };
    });
  }

  #continue(redirectURL: unknown, direct: boolean, callbacks: Callbacks): void {
    const url = parseRedirect(redirectURL);
    if (!url)
      return fail(callbacks, ExitErrorId.InvalidRedirectUrl, "continue() needs the full URL the bank redirected to.");
    if (!isSecureUrl(url))
      return fail(
        callbacks,
        ExitErrorId.InsecureUrl,
        "continue() refuses an http: URL on a host that is not loopback.",
      );
    const relaunch = () =>
      this.#launch(callbacks, () => ({ kind: "continue", direct, linkSessionToken: keptToken(), redirectURL: url }));
    const resolved = this.#resolved;
    if (direct || isProblem(resolved) || typeof window === "undefined") return relaunch();
    void loadOAuth().then(async (part) => {
      if (!part.ok) return fail(callbacks, ExitErrorId.LoadFailed, "Connect could not be loaded.");
      if ((await part.value.handOver(url, resolved.host)) === "none") relaunch();
    });
  }

  #launch(callbacks: Callbacks, launch: () => ConnectLaunch): void {
    const resolved = this.#resolved;
    if (isProblem(resolved)) return fail(callbacks, resolved.error_id, resolved.message);
    if (typeof document === "undefined")
      return fail(callbacks, ExitErrorId.NoDocument, "Connect can only open in a browser document.");
    if (this.#held?.callbacks)
      return fail(
        callbacks,
        ExitErrorId.ConnectAlreadyOpen,
        "Connect is already open; wait for it to close before opening it again.",
      );
    // A preload for another token goes: one Connect frame per instance.
    this.close();
    this.#hold(resolved, launch(), callbacks);
  }

  /** Starts a Connect frame once its part has loaded; shown now if `callbacks` are given, else when link() names it. */
  #hold(resolved: ResolvedOptions, start: ConnectLaunch, callbacks?: Callbacks, key?: string): Held {
    const held: Held = { callbacks, started: Promise.resolve(false), ...(key ? { key } : {}) };
    this.#held = held;
    held.started = loadRun().then((run) => {
      // Closed before the part loaded: nothing is started.
      if (held.closed) return false;
      if (!run.ok) {
        this.#release(held);
        if (held.callbacks) fail(held.callbacks, ExitErrorId.LoadFailed, "Connect could not be loaded.");
        return false;
      }
      held.run = run.value.startConnect(resolved, start, () => this.#release(held));
      if (held.callbacks) held.run.show(held.callbacks);
      return held.run.started;
    });
    return held;
  }

  /** The frame ended or was closed: the instance can take another link. */
  #release(held: Held): void {
    held.closed = true;
    if (this.#held === held) this.#held = undefined;
  }
}

/**
 * continue() takes link's callbacks, but the link it resumes may be a relink:
 * its success reaches `onLinkSuccess` with an empty exchangeableToken (there
 * is nothing to exchange) and the repaired link's id. (0.3.28 passes
 * `(institution, link_id)` to the same callback.)
 */
function continueCallbacks(
  onLinkSuccess?: LinkSuccessCallback,
  onLinkExit?: LinkExitCallback,
  onLinkEvent?: LinkEventCallback,
): Callbacks {
  return {
    onLinkSuccess,
    onRelinkSuccess: onLinkSuccess && ((institution, link_id) => onLinkSuccess("", institution, link_id)),
    onLinkExit,
    onLinkEvent,
  };
}

function isProblem(resolved: ResolvedOptions | OptionsProblem): resolved is OptionsProblem {
  return "error_id" in resolved;
}

function fail(callbacks: Callbacks, error_id: ExitErrorId, message: string): void {
  setTimeout(() => invoke(callbacks.onLinkExit, exitError(error_id, message)), 0);
}

function parseRedirect(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
