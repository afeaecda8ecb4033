import {
  ErrorCode,
  err,
  FramelinkError,
  frameUrl,
  type KeyPair,
  ok,
  type Result,
  reportLater,
} from "@framelink/frames";
import { CONNECT_EVENTS, framePath, isPlainRecord, type WireConnection } from "@framelink/protocol";
import { type EventOf, openEventFrame } from "./event-frame.js";
import type { ConnectEvent, FrameHandle } from "./events.js";
import type { FrameTools } from "./frame-tools.js";
import type { ResolvedOptions } from "./options.js";
import type { ReadConnection, readConnection } from "./read-connection.js";

// `connect()`, loaded on first use (./parts.ts): a customer whose
// connection is active never needs it.

/** The Permissions Policy features MoonPay's connect frame asks for (identity checks use the camera). */
const CONNECT_ALLOW = ["accelerometer", "autoplay", "camera", "encrypted-media", "gyroscope"];

/** What the connect flow borrows from the client it runs for. */
export interface ConnectingClient {
  readonly options: ResolvedOptions;
  readonly tools: FrameTools;
  readonly readConnection: typeof readConnection;
  /** Aborts when the client is disposed. */
  readonly lifetime: AbortSignal;
  /** The anonymous client token to connect with (checking first if the client has none) and the client's key pair. */
  prepare(): Promise<Result<{ clientToken: string; keyPair: KeyPair }, FramelinkError>>;
  /** The flow completed: the client keeps what it learnt. */
  hold(read: ReadConnection): void;
  /** The connect frame went, whoever removed it. */
  onFrameGone(frame: FrameHandle): void;
}

interface CheckedConnectOptions {
  readonly container: Element;
  readonly theme?: "dark" | "light";
  readonly onEvent?: (event: ConnectEvent) => void;
}

/**
 * Mounts the connect frame for the client's customer, with the documented
 * parameters (`clientToken`, `publicKey`, `channelId`, `theme`); resolves
 * once the frame's handshake is answered.
 */
export async function openConnect(
  client: ConnectingClient,
  options: unknown,
): Promise<Result<FrameHandle, FramelinkError>> {
  const checked = readConnectOptions(client.tools, options);
  if (!checked.ok) return checked;
  const prepared = await client.prepare();
  if (!prepared.ok) return prepared;
  const { clientToken, keyPair } = prepared.value;
  const { container, theme, onEvent } = checked.value;
  // The handle exists before the frame does, so that an event as early as the frame is quick carries it.
  let dispose: (() => void) | undefined;
  const frame: FrameHandle = { dispose: () => dispose?.() };
  let gone = false;
  const opened = await openEventFrame(
    client.tools,
    client.options,
    {
      events: CONNECT_EVENTS,
      url: (channelId) =>
        frameUrl(client.options.frameOrigin, framePath("connect"), channelId, {
          clientToken,
          publicKey: keyPair.publicKeyHex,
          ...(theme ? { theme } : {}),
        }),
      container,
      title: "Connect your MoonPay account",
      allow: CONNECT_ALLOW,
      onFrameEvent: eventDelivery(
        client,
        keyPair,
        onEvent,
        () => frame,
        () => gone,
      ),
      onDispose: () => {
        gone = true;
        client.onFrameGone(frame);
      },
    },
    client.lifetime,
  );
  if (!opened.ok) return opened;
  dispose = opened.value.dispose;
  return ok(frame);
}

/** Turns the frame's events into the integrator's, in order, opening credentials on the way. */
function eventDelivery(
  client: ConnectingClient,
  keyPair: KeyPair,
  onEvent: ((event: ConnectEvent) => void) | undefined,
  frame: () => FrameHandle,
  gone: () => boolean,
) {
  let queue = Promise.resolve();
  // An event opened after the frame went (its credentials take a moment) is not delivered.
  const dispatch = (event: ConnectEvent) => {
    if (client.lifetime.aborted || gone() || !onEvent) return;
    try {
      onEvent(event);
    } catch (error) {
      reportLater(error);
    }
  };
  const complete = async (wire: WireConnection) => {
    const read = await client.readConnection(wire, keyPair);
    if (!read.ok) return dispatch({ kind: "error", payload: { code: read.error.code, message: read.error.message } });
    if (!client.lifetime.aborted && !gone()) client.hold(read.value);
    const { connection } = read.value;
    dispatch({ kind: "complete", connection, payload: { ...connection, frame: frame() } });
  };
  return (event: EventOf<typeof CONNECT_EVENTS>) => {
    queue = queue.then(() => {
      if (event.kind === "ready") return dispatch({ kind: "ready", payload: { frame: frame() } });
      if (event.kind === "error") return dispatch({ kind: "error", payload: event.payload });
      return complete(event.payload);
    });
  };
}

function readConnectOptions(tools: FrameTools, options: unknown): Result<CheckedConnectOptions, FramelinkError> {
  const invalid = (message: string) => err(new FramelinkError(ErrorCode.InvalidOptions, message));
  if (!isPlainRecord(options)) return invalid("connect() takes an options object.");
  const read = (record: Record<string, unknown>, key: string): unknown =>
    Object.hasOwn(record, key) ? record[key] : undefined;
  const container = tools.readContainer(read(options, "container"));
  if (!container.ok) return container;
  const theme = read(options, "theme");
  const onEvent = read(options, "onEvent");
  if (onEvent !== undefined && typeof onEvent !== "function") return invalid("onEvent must be a function.");
  let appearance: unknown;
  if (theme !== undefined) {
    appearance = isPlainRecord(theme) ? read(theme, "appearance") : Symbol();
    if (appearance !== undefined && appearance !== "dark" && appearance !== "light") {
      return invalid('theme.appearance must be "dark" or "light".');
    }
  }
  return ok({
    container: container.value,
    ...(appearance ? { theme: appearance as "dark" | "light" } : {}),
    ...(onEvent ? { onEvent: onEvent as (event: ConnectEvent) => void } : {}),
  });
}
