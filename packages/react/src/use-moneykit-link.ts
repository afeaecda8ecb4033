import MoneyKit, { type LinkExitError, type LinkedInstitution, type MoneyKitOptions } from "@framelink/moneykit";
import { useCallback, useEffect, useRef, useState } from "react";

export interface MoneyKitLinkState {
  /** `idle`, then `open` while Connect shows, then `success` or `exit`. */
  readonly status: "idle" | "open" | "success" | "exit";
  /** After `success`: relink() has no exchangeable token (`null`); Connect's `link_id` either way. */
  readonly success?: {
    readonly exchangeableToken: string | null;
    readonly institution: LinkedInstitution;
    readonly link_id: string;
  };
  /** After `exit`: `null` when the user closed Connect. */
  readonly error?: LinkExitError | null;
  /** Every event of the current or last run, in order. */
  readonly events: readonly Record<string, unknown>[];
  link(linkSessionToken: string): void;
  relink(linkSessionToken: string): void;
  continue(redirectURL: string): void;
}

/**
 * MoneyKit Connect as state. One MoneyKit instance per component, made with
 * the first render's options (without a DOM its constructor does nothing, so
 * server-side rendering is safe; in a browser it starts loading Connect's code). Unmounting mid-flow closes Connect and drops every later
 * callback; a second `link` while Connect is open is refused by MoneyKit
 * (`connect_already_open`), so nothing stacks, StrictMode included.
 */
export function useMoneyKitLink(options?: MoneyKitOptions): MoneyKitLinkState {
  // One instance for the component's life: its options are read once, as MoneyKit's constructor does.
  const [moneykit] = useState(() => new MoneyKit(options));
  const live = useRef(false);
  const open = useRef(false);
  const run = useRef(0);
  const [state, setState] = useState<Omit<MoneyKitLinkState, "link" | "relink" | "continue">>({
    status: "idle",
    events: [],
  });

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      open.current = false;
      run.current += 1;
      moneykit.close();
    };
  }, [moneykit]);

  const start = useCallback(
    (method: "link" | "relink" | "continue", argument: string) => {
      if (open.current) {
        // MoneyKit refuses it (`connect_already_open`); the open Connect goes on.
        moneykit[method](
          argument,
          undefined,
          (error) => live.current && setState((previous) => ({ ...previous, error })),
        );
        return;
      }
      open.current = true;
      const current = ++run.current;
      const mine = () => live.current && run.current === current;
      const ended = () => {
        if (run.current === current) open.current = false;
      };
      setState({ status: "open", events: [] });
      const succeeded = (exchangeableToken: string | null, institution: LinkedInstitution, link_id: string) => {
        ended();
        if (mine())
          setState((previous) => ({
            ...previous,
            status: "success",
            success: { exchangeableToken, institution, link_id },
          }));
      };
      const exited = (error: LinkExitError | null) => {
        ended();
        if (mine()) setState((previous) => ({ ...previous, status: "exit", error }));
      };
      const evented = (event: Record<string, unknown>) => {
        if (mine()) setState((previous) => ({ ...previous, events: [...previous.events, event] }));
      };
      if (method === "relink")
        moneykit.relink(argument, (institution, link_id) => succeeded(null, institution, link_id), exited, evented);
      else moneykit[method](argument, succeeded, exited, evented);
    },
    [moneykit],
  );

  return {
    ...state,
    link: useCallback((token: string) => start("link", token), [start]),
    relink: useCallback((token: string) => start("relink", token), [start]),
    continue: useCallback((url: string) => start("continue", url), [start]),
  };
}
