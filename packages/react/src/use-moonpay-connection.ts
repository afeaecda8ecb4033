import {
  type ClientOptions,
  type ConnectEvent,
  type Connection,
  createClient,
  type FrameHandle,
  type FramelinkError,
  type MoonPayClient,
  type Result,
} from "@framelink/moonpay";
import { useCallback, useEffect, useRef, useState } from "react";
import { ownClientOptions } from "./own-client-options.js";

export interface MoonPayConnectionState {
  /** `idle` without a token; `checking` while the check frame answers; then `ready` or `error`. */
  readonly status: "idle" | "checking" | "ready" | "error";
  /** `status` is `ready`: the connection is known and `connect()` mounts at once (as `useMoneyKitLink`'s `ready`). */
  readonly ready: boolean;
  readonly connection?: Connection;
  readonly error?: FramelinkError;
  /** The live client (for payments); undefined until created, and after unmount. */
  readonly client?: MoonPayClient;
  /**
   * Mounts the connect frame in `container`. Events reach the latest `onEvent`
   * given, only while the component is mounted; a `complete` also refreshes
   * `connection`.
   */
  connect(
    container: Element,
    options?: { theme?: { appearance?: "dark" | "light" }; onEvent?: (event: ConnectEvent) => void },
  ): Promise<Result<FrameHandle, FramelinkError>>;
}

/**
 * Creates a MoonPay client for `options.sessionToken`, checks the connection,
 * and disposes everything on unmount. The client is created after mount, one
 * task later, so that React's StrictMode (mount, unmount, mount) does not
 * spend the single-use session token on a client it throws away, and nothing
 * runs during server-side rendering.
 */
export function useMoonPayConnection(options: ClientOptions | undefined): MoonPayConnectionState {
  const [state, setState] = useState<Omit<MoonPayConnectionState, "connect" | "ready">>({ status: "idle" });
  const clientRef = useRef<MoonPayClient | undefined>(undefined);
  const liveRef = useRef(false);
  const { sessionToken, frameBaseUrl, apiBaseUrl, handshakeTimeoutMs, callTimeoutMs } = ownClientOptions(options);

  useEffect(() => {
    liveRef.current = true;
    if (!sessionToken) {
      setState({ status: "idle" });
      return () => {
        liveRef.current = false;
      };
    }
    let client: MoonPayClient | undefined;
    const timer = setTimeout(() => {
      const created = createClient({
        sessionToken,
        ...(frameBaseUrl ? { frameBaseUrl } : {}),
        ...(apiBaseUrl ? { apiBaseUrl } : {}),
        ...(handshakeTimeoutMs ? { handshakeTimeoutMs } : {}),
        ...(callTimeoutMs ? { callTimeoutMs } : {}),
      });
      if (!created.ok) return setState({ status: "error", error: created.error });
      const current = created.value;
      client = current;
      clientRef.current = current;
      setState({ status: "checking", client: current });
      void current.getConnection().then((answer) => {
        if (!liveRef.current || clientRef.current !== current) return;
        setState(
          answer.ok
            ? { status: "ready", connection: answer.value, client: current }
            : { status: "error", error: answer.error, client: current },
        );
      });
    }, 0);
    return () => {
      liveRef.current = false;
      clearTimeout(timer);
      client?.dispose();
      if (clientRef.current === client) clientRef.current = undefined;
    };
  }, [sessionToken, frameBaseUrl, apiBaseUrl, handshakeTimeoutMs, callTimeoutMs]);

  const connect = useCallback<MoonPayConnectionState["connect"]>(async (container, connectOptions = {}) => {
    const client = clientRef.current;
    if (!client) {
      const { FramelinkError, ErrorCode } = await import("@framelink/moonpay");
      return {
        ok: false,
        error: new FramelinkError(ErrorCode.Disposed, "The client is not ready, or the component unmounted."),
      };
    }
    const theme = Object.hasOwn(connectOptions, "theme") ? connectOptions.theme : undefined;
    const onEvent = Object.hasOwn(connectOptions, "onEvent") ? connectOptions.onEvent : undefined;
    return client.connect({
      container,
      ...(theme ? { theme } : {}),
      onEvent: (event) => {
        if (!liveRef.current || clientRef.current !== client) return;
        if (event.kind === "complete")
          setState((previous) => ({ ...previous, status: "ready", connection: event.connection }));
        onEvent?.(event);
      },
    });
  }, []);

  return { ...state, ready: state.status === "ready", connect };
}
