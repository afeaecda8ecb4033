import { ErrorCode, FramelinkError, err, type KeyPair, ok, type Result, reportLater } from "@framelink/frames";
import { APPEARANCES, type ConnectFrameEvent, isPlainRecord, type WireCredentials } from "@framelink/protocol";
import { openConnectFrame } from "./connect-frame.js";
import type { ConnectEvent, FrameHandle } from "./events.js";
import type { FrameTools } from "./frame-tools.js";
import type { openConnection } from "./open-connection.js";
import type { ResolvedOptions } from "./options.js";

// `connect()`, loaded on first use (./load-connect.ts): a customer whose
// connection is active never needs it.

/** What the connect flow needs from the client it runs for. */
export interface ConnectHost {
  readonly options: ResolvedOptions;
  readonly tools: FrameTools;
  readonly openConnection: typeof openConnection;
  readonly disposer: { readonly disposed: boolean };
  /** The client token to connect with (checking first if the client has none) and the client's key pair. */
  prepare(): Promise<Result<{ clientToken: string; keyPair: KeyPair }, FramelinkError>>;
  /** The connection completed with credentials: the client keeps them. */
  hold(credentials: WireCredentials): void;
  /** The connect frame went, whoever removed it. */
  onFrameGone(frame: FrameHandle): void;
}

interface CheckedConnectOptions {
  readonly container: Element;
  readonly appearance?: "dark" | "light";
  readonly onEvent?: (event: ConnectEvent) => void;
}

/** Mounts the connect frame for the client's customer; resolves once the frame has its token. */
export async function openConnect(host: ConnectHost, options: unknown): Promise<Result<FrameHandle, FramelinkError>> {
  const checked = readConnectOptions(host.tools, options);
  if (!checked.ok) return checked;
  const prepared = await host.prepare();
  if (!prepared.ok) return prepared;
  const { clientToken, keyPair } = prepared.value;
  let frame: FrameHandle | undefined;
  const opened = await openConnectFrame(
    host.tools,
    host.options,
    {
      container: checked.value.container,
      clientToken,
      publicKeyHex: keyPair.publicKeyHex,
      ...(checked.value.appearance ? { appearance: checked.value.appearance } : {}),
      onFrameEvent: eventDelivery(host, keyPair, checked.value.onEvent, () => frame!),
      onDispose: () => frame && host.onFrameGone(frame),
    },
    host.disposer,
  );
  if (!opened.ok) return opened;
  frame = { dispose: opened.value.dispose };
  return ok(frame);
}

/** Turns the frame's events into the integrator's, in order, opening credentials on the way. */
function eventDelivery(host: ConnectHost, keyPair: KeyPair, onEvent: ((event: ConnectEvent) => void) | undefined, frame: () => FrameHandle) {
  let queue = Promise.resolve();
  const dispatch = (event: ConnectEvent) => {
    if (host.disposer.disposed || !onEvent) return;
    try {
      onEvent(event);
    } catch (error) {
      reportLater(error);
    }
  };
  return (event: ConnectFrameEvent) => {
    queue = queue.then(async () => {
      if (event.kind === "ready") return dispatch({ kind: "ready", payload: { frame: frame() } });
      if (event.kind === "error") return dispatch({ kind: "error", payload: event.payload });
      const opened = await host.openConnection(event.payload, keyPair);
      if (!opened.ok) {
        return dispatch({ kind: "error", payload: { code: "generic", message: opened.error.message } });
      }
      if (opened.value.credentials && !host.disposer.disposed) host.hold(opened.value.credentials);
      const { connection } = opened.value;
      dispatch({ kind: "complete", connection, payload: { ...connection, frame: frame() } });
    });
  };
}

function readConnectOptions(tools: FrameTools, options: unknown): Result<CheckedConnectOptions, FramelinkError> {
  const invalid = (message: string) => err(new FramelinkError(ErrorCode.InvalidOptions, message));
  if (!isPlainRecord(options)) return invalid("connect() takes an options object.");
  const container = tools.readContainer(options.container);
  if (!container.ok) return container;
  const { theme, onEvent } = options;
  if (onEvent !== undefined && typeof onEvent !== "function") return invalid("onEvent must be a function.");
  let appearance: "dark" | "light" | undefined;
  if (theme !== undefined) {
    const value = isPlainRecord(theme) ? theme.appearance : Symbol();
    if (value !== undefined && !(APPEARANCES as readonly unknown[]).includes(value)) {
      return invalid('theme.appearance must be "dark" or "light".');
    }
    appearance = value as typeof appearance;
  }
  return ok({
    container: container.value,
    ...(appearance ? { appearance } : {}),
    ...(onEvent ? { onEvent: onEvent as (event: ConnectEvent) => void } : {}),
  });
}
