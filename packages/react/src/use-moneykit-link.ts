import MoneyKit, { type LinkExitError, type MoneyKitOptions } from "@framelink/moneykit";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { IDLE, type LinkListeners, LinkSession, type MoneyKitLinkSnapshot } from "./link-session.js";

export interface MoneyKitLinkOptions {
  /** The link session token from your server (`POST /link-session`); `null` while you fetch it. */
  readonly token: string | null | undefined;
  /** The token's link session was made with `existing_link_id`: `open()` repairs that link (MoneyKit's `relink()`). */
  readonly relink?: boolean | undefined;
  /**
   * On your `redirect_uri` page only: the full URL the bank sent the user to
   * (`window.location.href`). The hook hands it to MoneyKit's `continue()`
   * once, and preloads nothing.
   */
  readonly receivedRedirectUri?: string | undefined;
  readonly onSuccess?: LinkListeners["onSuccess"];
  /** `null` when the user closed Connect (or you called `exit()`). */
  readonly onExit?: ((error: LinkExitError | null) => void) | undefined;
  readonly onEvent?: LinkListeners["onEvent"];
  /** `new MoneyKit()`'s options, read once, at the first render. */
  readonly options?: MoneyKitOptions | undefined;
}

export interface MoneyKitLinkState extends MoneyKitLinkSnapshot {
  /** Shows Connect for the token: at once when `ready`, else as soon as it loads. */
  open(): void;
  /** Closes Connect if it is open and calls `onExit(null)` (react-plaid-link's `exit`); else does nothing. */
  exit(): void;
  /** MoneyKit's `continue()` by hand, for a redirect URL that `receivedRedirectUri` does not carry. */
  continue(redirectURL: string): void;
}

/** Options are read as own properties: one planted on Object.prototype must not become a token or a redirect URL. */
function own<K extends keyof MoneyKitLinkOptions>(options: MoneyKitLinkOptions, key: K): MoneyKitLinkOptions[K] {
  return options && Object.hasOwn(options, key) ? options[key] : undefined;
}

// Runs before the browser paints, so an event handler never sees the previous render's callbacks; on the server, never.
const useLatestEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

/**
 * MoneyKit Connect as state, after react-plaid-link's `usePlaidLink`: Connect
 * is preloaded hidden for `token` so that `open()` shows it at once. One
 * `MoneyKit` per component, made with the first render's `options` (without
 * a DOM it does nothing, so server-side rendering is safe). Work starts one
 * task after mount, so StrictMode's throw-away mount preloads nothing and
 * hands no redirect URL over. A new token (or unmounting) closes Connect,
 * preloaded or open, and drops every later callback.
 */
export function useMoneyKitLink(options: MoneyKitLinkOptions): MoneyKitLinkState {
  const token = own(options, "token");
  const relink = own(options, "relink") === true;
  const receivedRedirectUri = own(options, "receivedRedirectUri");
  const [moneykit] = useState(() => new MoneyKit(own(options, "options")));
  const [state, setState] = useState<MoneyKitLinkSnapshot>(IDLE);
  const session = useRef<LinkSession | undefined>(undefined);
  const listeners = useRef<LinkListeners>({});
  /** The redirect URL handed over already: the same one never goes twice (a re-render, a new token). */
  const handedOver = useRef<string | undefined>(undefined);

  const onSuccess = own(options, "onSuccess");
  const onExit = own(options, "onExit");
  const onEvent = own(options, "onEvent");
  useLatestEffect(() => {
    listeners.current = { onSuccess, onExit, onEvent };
  });

  useEffect(() => {
    const current = new LinkSession(
      moneykit,
      typeof token === "string" ? token : null,
      relink,
      setState,
      () => listeners.current,
    );
    session.current = current;
    setState(IDLE);
    const timer = setTimeout(() => {
      if (typeof receivedRedirectUri !== "string") return current.preload();
      if (handedOver.current === receivedRedirectUri) return;
      handedOver.current = receivedRedirectUri;
      current.continue(receivedRedirectUri);
    }, 0);
    return () => {
      clearTimeout(timer);
      current.end();
      if (session.current === current) session.current = undefined;
    };
  }, [moneykit, token, relink, receivedRedirectUri]);

  return {
    ...state,
    open: useCallback(() => session.current?.open(), []),
    exit: useCallback(() => session.current?.exit(), []),
    continue: useCallback((redirectURL: string) => session.current?.continue(redirectURL), []),
  };
}
