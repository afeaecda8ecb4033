import {
  createDisposer,
  type Disposer,
  ErrorCode,
  err,
  FramelinkError,
  type MessageTarget,
  type MountFrameOptions,
  mountFrame,
  ok,
  openWindowMessenger,
  type Result,
} from "@framelink/frames";
import { encodeFrameMessage, type FrameEvent, type FrameEvents, readFrameMessage } from "@framelink/protocol";

/** The events of a frame's table after its handshake. */
export type EventOf<T extends FrameEvents> = Exclude<FrameEvent<T>, { kind: "handshake" }>;

export interface ConversationOptions<T extends FrameEvents> {
  /** The frame's events (e.g. `CHECK_EVENTS`): anything else it sends is ignored. */
  readonly events: T;
  /** The frame's window: the only sender heard, and where messages go. */
  readonly remoteWindow: () => Pick<Window, "postMessage"> | null;
  /** The frame host's exact origin: the only origin heard or posted to. */
  readonly frameOrigin: string;
  /** The channel id in the frame's URL: messages on any other channel are ignored. */
  readonly channelId: string;
  /** How long the frame may take to load and send its `handshake`. */
  readonly handshakeTimeoutMs: number;
  /** Receives every event after the first `handshake`, in order, until the end. */
  readonly onEvent: (event: EventOf<T>) => void;
  /** A documented kind came with a payload that does not read (after the handshake). Ignored when not given. */
  readonly onMalformed?: () => void;
  /** The page's window unless a test says otherwise. */
  readonly listenOn?: MessageTarget;
}

export interface Conversation {
  /** `ok` once the frame's `handshake` has been answered with `ack`; `handshakeTimeout` if it never came. */
  readonly ready: Promise<Result<void, FramelinkError>>;
  /** Posts a message of the protocol to the frame (e.g. `setQuote`). */
  send(kind: string, payload?: unknown): void;
  /** Stops listening; `ready`, if still waiting, settles with `disposed`. Idempotent. */
  end(): void;
}

/**
 * MoonPay's frames protocol with one frame window: the frame sends
 * `handshake`, the page answers `ack` on the same channel, then the frame's
 * events flow. Only the frame's own window at the exact frame origin, on this
 * channel, at version 2, with a documented kind and a well-formed payload is
 * heard. A repeated `handshake` (the frame reloaded) is answered again.
 */
export function startConversation<T extends FrameEvents>(options: ConversationOptions<T>): Conversation {
  let settleReady!: (result: Result<void, FramelinkError>) => void;
  const ready = new Promise<Result<void, FramelinkError>>((resolve) => {
    settleReady = resolve;
  });
  let shaken = false;
  let ended = false;
  const send = (kind: string, payload?: unknown) =>
    messenger.post(encodeFrameMessage(options.channelId, kind, payload));
  const messenger = openWindowMessenger({
    remoteWindow: options.remoteWindow,
    remoteOrigin: options.frameOrigin,
    ...(options.listenOn ? { listenOn: options.listenOn } : {}),
    onMessage: (data) => {
      const event = readFrameMessage(options.events, data, options.channelId);
      if (event === "malformed") {
        if (shaken) options.onMalformed?.();
        return;
      }
      if (!event) return;
      if (event.kind === "handshake") {
        send("ack");
        if (!shaken) {
          shaken = true;
          clearTimeout(timer);
          settleReady(ok(undefined));
        }
        return;
      }
      if (shaken) options.onEvent(event as EventOf<T>);
    },
  });
  const timer = setTimeout(() => {
    settleReady(
      err(
        new FramelinkError(
          ErrorCode.HandshakeTimeout,
          `The frame did not start within ${options.handshakeTimeoutMs} ms.`,
        ),
      ),
    );
  }, options.handshakeTimeoutMs);
  return {
    ready,
    send: (kind, payload) => {
      if (!ended) send(kind, payload);
    },
    end() {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      messenger.destroy();
      settleReady(err(new FramelinkError(ErrorCode.Disposed, "The frame was disposed.")));
    },
  };
}

export type FrameConversationOptions<T extends FrameEvents> = MountFrameOptions &
  Omit<ConversationOptions<T>, "remoteWindow">;

/** One mounted MoonPay frame and the conversation with it. */
export interface FrameConversation extends Omit<Conversation, "end"> {
  readonly iframe: HTMLIFrameElement;
  /** Ends the conversation and removes the frame; add further clean-up to it. */
  readonly disposer: Disposer;
}

/**
 * The sandbox tokens every MoonPay frame gets beyond the base ones. MoonPay
 * documents no sandbox, except for Google Pay (popups for its sheet); its
 * frames open links and bank checks in new windows (popups that must not
 * inherit the sandbox) and its test mode confirms with `window.confirm`
 * (modals). Never top navigation: no MoonPay frame needs it.
 */
export const MOONPAY_SANDBOX = ["allow-popups", "allow-popups-to-escape-sandbox", "allow-modals"] as const;

/** Mounts a frame and starts the conversation with it at once, so that no `handshake` is missed. */
export function openFrameConversation<T extends FrameEvents>(
  options: FrameConversationOptions<T>,
): Result<FrameConversation, FramelinkError> {
  const mounted = mountFrame({ ...options, sandbox: MOONPAY_SANDBOX });
  if (!mounted.ok) return mounted;
  const { iframe } = mounted.value;
  const disposer = createDisposer();
  disposer.add(mounted.value.remove);
  const conversation = startConversation({ ...options, remoteWindow: () => iframe.contentWindow });
  disposer.add(conversation.end);
  return ok({ iframe, ready: conversation.ready, send: conversation.send, disposer });
}
