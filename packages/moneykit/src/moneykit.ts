import { isPlainRecord } from "@framelink/protocol";
import { type Callbacks, invoke, type LinkEventCallback, type LinkExitCallback, type LinkSuccessCallback } from "./callbacks.js";
import type { StartPayload } from "./connect-run.js";
import { ExitErrorId, exitError } from "./exit-errors.js";
import { loadOAuth } from "./load-oauth.js";
import { loadRun } from "./load-run.js";
import { type MoneyKitOptions, readMoneyKitOptions, type ResolvedOptions } from "./options.js";

const LINK_SESSION_TOKEN = /^[A-Za-z0-9_\-.~+/=]{8,2048}$/;
/** How long a window that landed on the redirect_uri waits for a page running Connect to take the URL. */
const HANDBACK_WAIT_WITH_OPENER_MS = 3000;
const HANDBACK_WAIT_MS = 500;

/**
 * MoneyKit Connect for the web, as seed 001 shows it. Never throws: every
 * failure reaches `onLinkExit` with an error whose `error_id` is stable.
 * Callbacks run asynchronously, after Connect has closed.
 */
export class MoneyKit {
  readonly options: MoneyKitOptions;
  readonly #resolved: ResolvedOptions | string;
  #open = false;
  #close: (() => void) | undefined;

  constructor(options?: MoneyKitOptions) {
    this.options = isPlainRecord(options) ? { ...options } : {};
    this.#resolved = readMoneyKitOptions(options);
    if (typeof document !== "undefined") void loadRun();
  }

  /** Opens Connect for a new link with a link session token from your server. */
  link(linkSessionToken: string, onLinkSuccess?: LinkSuccessCallback, onLinkExit?: LinkExitCallback, onLinkEvent?: LinkEventCallback): void {
    this.#launch(() => this.#tokenStart("link", linkSessionToken), { onLinkSuccess, onLinkExit, onLinkEvent });
  }

  /**
   * Opens Connect to repair a link whose authorization expired. The token's
   * link session must have been created with `existing_link_id`; Connect skips
   * institution selection and goes to that bank's login. Same callbacks as `link`.
   */
  relink(linkSessionToken: string, onLinkSuccess?: LinkSuccessCallback, onLinkExit?: LinkExitCallback, onLinkEvent?: LinkEventCallback): void {
    this.#launch(() => this.#tokenStart("relink", linkSessionToken), { onLinkSuccess, onLinkExit, onLinkEvent });
  }

  /**
   * Call on your `redirect_uri` page with the full URL the bank redirected to.
   * In the popup or tab Connect opened, it hands the URL back to the page
   * running Connect and closes this window (these callbacks are then not
   * called; that page's are). Otherwise (a webview, where the top window went
   * to the bank) it relaunches Connect here, which resumes the link in progress.
   */
  continue(redirectURL: string, onLinkSuccess?: LinkSuccessCallback, onLinkExit?: LinkExitCallback, onLinkEvent?: LinkEventCallback): void {
    const callbacks = { onLinkSuccess, onLinkExit, onLinkEvent };
    const url = parseRedirect(redirectURL);
    if (!url) {
      later(() => invoke(onLinkExit, exitError(ExitErrorId.InvalidRedirectUrl, "continue() needs the full URL the bank redirected to.")));
      return;
    }
    const state = url.searchParams.get("state")!;
    const wait = typeof window !== "undefined" && window.opener ? HANDBACK_WAIT_WITH_OPENER_MS : HANDBACK_WAIT_MS;
    void loadOAuth().then(async (part) => {
      // Without the hand-back code, Connect relaunches here and resumes by `state`.
      const taken = part.ok && (await part.value.handBack(url.href, state, wait));
      if (taken) window.close();
      else this.#launch(() => ({ mode: "continue", redirectUrl: url.href }), callbacks);
    });
  }

  /**
   * Closes Connect if it is open, at once and without calling any callback:
   * for a page that goes away mid-flow (a component unmounting). Idempotent.
   */
  close(): void {
    this.#close?.();
  }

  #launch(start: () => StartPayload | string, callbacks: Callbacks): void {
    const fail = (error_id: ExitErrorId, message: string) => later(() => invoke(callbacks.onLinkExit, exitError(error_id, message)));
    if (typeof this.#resolved === "string") return fail(ExitErrorId.InvalidOptions, this.#resolved);
    if (typeof document === "undefined") return fail(ExitErrorId.NoDocument, "Connect can only open in a browser document.");
    if (this.#open) return fail(ExitErrorId.ConnectAlreadyOpen, "Connect is already open; wait for it to close before opening it again.");
    const payload = start();
    if (typeof payload === "string") return fail(ExitErrorId.InvalidLinkSessionToken, payload);
    const resolved = this.#resolved;
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
        return fail(ExitErrorId.LoadFailed, "Connect could not be loaded.");
      }
      this.#close = run.value.runConnect(resolved, payload, callbacks, closed);
    });
  }

  #tokenStart(mode: "link" | "relink", token: unknown): StartPayload | string {
    return typeof token === "string" && LINK_SESSION_TOKEN.test(token)
      ? { mode, linkSessionToken: token }
      : "The link session token is missing or malformed.";
  }
}

function parseRedirect(value: unknown): URL | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.searchParams.get("state") ? url : undefined;
  } catch {
    return undefined;
  }
}

function later(step: () => void): void {
  setTimeout(step, 0);
}
