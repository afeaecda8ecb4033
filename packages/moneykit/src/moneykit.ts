import { isPlainRecord, isSecureUrl } from "@framelink/protocol";
import type {
  Callbacks,
  LinkEventCallback,
  LinkExitCallback,
  LinkSuccessCallback,
  RelinkSuccessCallback,
} from "./callbacks.js";
import { invoke } from "./callbacks.js";
import type { ConnectKind, ConnectLaunch } from "./connect-url.js";
import { ExitErrorId, exitError } from "./exit-errors.js";
import { type MoneyKitOptions, type OptionsProblem, type ResolvedOptions, readMoneyKitOptions } from "./options.js";
import { loadOAuth, loadRun } from "./parts.js";
import { keepToken, keptToken } from "./token-store.js";

const LINK_SESSION_TOKEN = /^[A-Za-z0-9_\-.~+/=]{8,2048}$/;

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
  #open = false;
  #close: (() => void) | undefined;

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

  /** Framelink extra: closes Connect at once, without calling any callback (a component unmounting). Idempotent. */
  close(): void {
    this.#close?.();
  }

  #start(kind: Exclude<ConnectKind, "continue">, token: unknown, direct: boolean, callbacks: Callbacks): void {
    if (typeof token !== "string" || !LINK_SESSION_TOKEN.test(token)) {
      return fail(callbacks, ExitErrorId.InvalidLinkSessionToken, "The link session token is missing or malformed.");
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
    if (this.#open)
      return fail(
        callbacks,
        ExitErrorId.ConnectAlreadyOpen,
        "Connect is already open; wait for it to close before opening it again.",
      );
    const start = launch();
    const closed = () => {
      this.#open = false;
      this.#close = undefined;
    };
    this.#open = true;
    // Until the run has loaded, closing means not starting it.
    let cancelled = false;
    this.#close = () => {
      cancelled = true;
      closed();
    };
    void loadRun().then((run) => {
      if (cancelled) return;
      if (!run.ok) {
        closed();
        return fail(callbacks, ExitErrorId.LoadFailed, "Connect could not be loaded.");
      }
      this.#close = run.value.runConnect(resolved, start, callbacks, closed);
    });
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
