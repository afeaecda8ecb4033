import { ErrorCode, FramelinkError, err, newChannelId, ok, openFrameChannel, type Result } from "@framelink/frames";
import {
  type Appearance,
  CONNECT_FRAME_PATH,
  type ConnectFrameEvent,
  type ConnectFrameMethods,
  type ConnectParentMethods,
  envelope,
  parseConnectFrameEvent,
  parseConnectStarted,
} from "@framelink/protocol";
import { frameUrl } from "./frame-url.js";
import { channelSettings, type ResolvedOptions } from "./options.js";

export interface ConnectFrameSetup {
  readonly container: Element;
  readonly clientToken: string;
  readonly publicKeyHex: string;
  readonly appearance?: Appearance;
  /** Receives the frame's events in order, only once set-up has succeeded and until disposal. */
  readonly onFrameEvent: (event: ConnectFrameEvent) => void;
  /** Runs once when the frame goes, whoever disposes it. */
  readonly onDispose: () => void;
}

export interface ConnectFrame {
  dispose(): void;
}

/**
 * Mounts the visible connect frame, completes the handshake and hands the
 * frame its client token. Resolves once the frame has acknowledged the token;
 * any failure before that removes the frame and dispatches no event.
 */
export async function openConnectFrame(
  options: ResolvedOptions,
  setup: ConnectFrameSetup,
  signal: { readonly disposed: boolean },
): Promise<Result<ConnectFrame, FramelinkError>> {
  const channelId = newChannelId();
  let settled = false;
  const early: ConnectFrameEvent[] = [];
  const methods: ConnectParentMethods = {
    emit(message) {
      const event = parseConnectFrameEvent(message, channelId);
      if (!event || disposer.disposed) return;
      if (settled) setup.onFrameEvent(event);
      else early.push(event);
    },
  };
  const opened = openFrameChannel<ConnectFrameMethods>({
    ...channelSettings(options),
    channelId,
    methods: { ...methods },
    container: setup.container,
    url: frameUrl(options.frameOrigin, CONNECT_FRAME_PATH, channelId),
    title: "Connect your MoonPay account",
    hidden: false,
  });
  if (!opened.ok) return opened;
  const { channel, disposer } = opened.value;
  disposer.add(setup.onDispose);

  const fail = (error: FramelinkError) => {
    disposer.dispose();
    return err(signal.disposed ? new FramelinkError(ErrorCode.Disposed, "The client was disposed.") : error);
  };
  const start = {
    clientToken: setup.clientToken,
    publicKey: setup.publicKeyHex,
    ...(setup.appearance ? { appearance: setup.appearance } : {}),
  };
  const answer = await channel.call("start", [envelope(channelId, "start", start)]);
  if (!answer.ok) return fail(answer.error);
  if (signal.disposed || disposer.disposed) return fail(new FramelinkError(ErrorCode.Disposed, "The frame was disposed."));
  if (!parseConnectStarted(answer.value, channelId)) {
    return fail(new FramelinkError(ErrorCode.InvalidMessage, "The connect frame answered with an unknown message."));
  }
  // Events that raced the acknowledgement go out after connect() has resolved,
  // so an integrator never sees an event before the frame handle.
  const flush = setTimeout(() => {
    settled = true;
    for (const event of early.splice(0)) if (!disposer.disposed) setup.onFrameEvent(event);
  }, 0);
  disposer.add(() => clearTimeout(flush));
  return ok({ dispose: disposer.dispose });
}
