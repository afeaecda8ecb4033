import { readTransportMessage, serializedError, TRANSPORT_NAMESPACE, type TransportMessage } from "@framelink/protocol";
import { nanoid } from "nanoid";
import { ErrorCode } from "./error-codes.js";
import { FramelinkError } from "./framelink-error.js";
import { err, ok, type Result } from "./result.js";

/** Methods this page offers the frame: top-level functions only. */
export type LocalMethods = Record<string, (...args: never[]) => unknown>;

/** The part of a window the channel posts to. */
export type RemoteWindow = Pick<Window, "postMessage">;

/** Where the frame's handshake arrives: the page's own window. */
export type MessageTarget = Pick<Window, "addEventListener" | "removeEventListener">;

export interface ChannelOptions {
  /** The frame's window: the only `source` the channel accepts. */
  readonly remoteWindow: RemoteWindow;
  /** The frame host's exact origin: the only origin the channel accepts or posts to. */
  readonly remoteOrigin: string;
  /** Where to listen for the handshake; the page's `window` unless a test says otherwise. */
  readonly listenOn?: MessageTarget;
  /** Tells this channel's messages from other frames' on the same window. */
  readonly channelId: string;
  /** What the other side may call. */
  readonly methods?: LocalMethods;
  readonly handshakeTimeoutMs: number;
  /** The default for every call; a call may pass its own. */
  readonly callTimeoutMs: number;
  /** Told what the channel does (message types and method names, never data). */
  readonly log?: (...parts: unknown[]) => void;
}

type RemoteMethod = (...args: never[]) => unknown;

export interface Channel<Remote extends { [K in keyof Remote]: RemoteMethod }> {
  /** Settles once: `ok` when the handshake is done, or the reason it never will be. */
  readonly ready: Promise<Result<void, FramelinkError>>;
  /** Calls a method of the other side. Never rejects; every failure is a `Result`. */
  call<K extends keyof Remote & string>(
    method: K,
    args: Parameters<Remote[K]>,
    options?: { timeoutMs?: number },
  ): Promise<Result<unknown, FramelinkError>>;
  /** Ends the channel; calls in flight settle with `disposed`. Idempotent. */
  destroy(): void;
}

type Settle = (result: Result<unknown, FramelinkError>) => void;

const failure = (code: ErrorCode, message: string) => err(new FramelinkError(code, message));

/**
 * The page's side of penpal 7's wire protocol, written for one frame at one
 * exact origin. The handshake (SYN, ACK1, ACK2) runs over `postMessage`
 * between the page and that frame's window only, never to `'*'`; it hands
 * over a private `MessagePort` that carries every call after it. Anything
 * from another window, another origin or another channel, and anything that
 * is not a well-formed message, is ignored.
 *
 * Why not penpal itself on this side: the frames run penpal, but its client
 * (with v6 compatibility, workers, nested method paths) is ~3.5 kB gzipped of
 * a 7 kB budget; this side needs a fraction of it.
 */
export function openChannel<Remote extends { [K in keyof Remote]: RemoteMethod }>(
  options: ChannelOptions,
): Channel<Remote> {
  const { remoteWindow, remoteOrigin, channelId, log } = options;
  const methods = options.methods ?? {};
  const listenOn = options.listenOn ?? window;
  const participantId = nanoid();
  const pending = new Map<string, { settle: Settle; timer: ReturnType<typeof setTimeout> }>();
  let remoteParticipantId: string | undefined;
  let port: MessagePort | undefined;
  let lastCallId = 0;
  let closed: FramelinkError | undefined;
  let settleReady: (result: Result<void, FramelinkError>) => void = () => undefined;
  const ready = new Promise<Result<void, FramelinkError>>((resolve) => {
    settleReady = resolve;
  });

  const message = (body: Record<string, unknown>) => ({ namespace: TRANSPORT_NAMESPACE, channel: channelId, ...body });
  const toWindow = (body: Record<string, unknown>, transfer: Transferable[] = []) => {
    log?.("send", body.type);
    remoteWindow.postMessage(message(body), { targetOrigin: remoteOrigin, transfer });
  };

  const failPending = (error: FramelinkError) => {
    for (const { settle, timer } of pending.values()) {
      clearTimeout(timer);
      settle(err(error));
    }
    pending.clear();
  };

  const dropPort = () => {
    if (!port) return;
    port.onmessage = null;
    port.close();
    port = undefined;
  };

  const close = (error: FramelinkError) => {
    if (closed) return;
    closed = error;
    clearTimeout(handshakeTimer);
    listenOn.removeEventListener("message", onWindowMessage);
    if (port) {
      try {
        port.postMessage(message({ type: "DESTROY" }));
      } catch {
        // The frame is gone; there is nobody to tell.
      }
    }
    dropPort();
    failPending(error);
    settleReady(err(error));
  };

  const usePort = (next: MessagePort) => {
    dropPort();
    port = next;
    port.onmessage = (event) => onPortMessage(event.data);
    log?.("handshake complete");
    clearTimeout(handshakeTimer);
    settleReady(ok(undefined));
  };

  const answer = async (call: Extract<TransportMessage, { type: "CALL" }>) => {
    const method = Object.hasOwn(methods, call.method) ? methods[call.method] : undefined;
    const reply = (body: Record<string, unknown>) => port?.postMessage(message({ type: "REPLY", callId: call.id, ...body }));
    const refuse = (name: string, text: string, code?: string) =>
      reply({ isError: true, isSerializedErrorInstance: true, value: serializedError(name, text, code) });
    if (typeof method !== "function") return refuse("PenpalError", `Method \`${call.method}\` is not found.`, "METHOD_NOT_FOUND");
    let value: unknown;
    try {
      value = await (method as (...args: unknown[]) => unknown)(...call.args);
    } catch (error) {
      return refuse("Error", error instanceof Error ? error.message : "The method failed.");
    }
    try {
      reply({ value });
    } catch {
      refuse("DataCloneError", "The answer could not be sent.");
    }
  };

  function onPortMessage(data: unknown) {
    const received = readTransportMessage(data, channelId);
    if (!received || closed) return;
    log?.("receive", received.type);
    if (received.type === "CALL") void answer(received);
    else if (received.type === "REPLY") {
      const call = pending.get(received.callId);
      if (!call) return;
      pending.delete(received.callId);
      clearTimeout(call.timer);
      call.settle(received.isError ? failure(ErrorCode.ChannelFailed, "The frame refused the call.") : ok(received.value));
    } else if (received.type === "DESTROY") close(new FramelinkError(ErrorCode.ChannelFailed, "The frame ended the channel."));
  }

  function onWindowMessage(event: MessageEvent) {
    if (event.source !== remoteWindow || event.origin !== remoteOrigin) return;
    const received = readTransportMessage(event.data, channelId);
    if (!received || closed) return;
    log?.("receive", received.type);
    const leading = remoteParticipantId !== undefined && participantId > remoteParticipantId;
    if (received.type === "SYN") {
      if (received.participantId === remoteParticipantId) return;
      // A second SYN is the frame starting over (it reloaded): what was asked
      // of the old document will never be answered.
      if (remoteParticipantId !== undefined) {
        dropPort();
        failPending(new FramelinkError(ErrorCode.ChannelFailed, "The frame reloaded before it answered."));
      }
      remoteParticipantId = received.participantId;
      toWindow({ type: "SYN", participantId });
      if (participantId > remoteParticipantId) toWindow({ type: "ACK1", methodPaths: Object.keys(methods).map((name) => [name]) });
    } else if (received.type === "ACK1" && remoteParticipantId !== undefined && !leading) {
      const { port1, port2 } = new MessageChannel();
      toWindow({ type: "ACK2" }, [port2]);
      usePort(port1);
    } else if (received.type === "ACK2" && leading && event.ports[0]) {
      usePort(event.ports[0]);
    }
  }

  const handshakeTimer = setTimeout(
    () => close(new FramelinkError(ErrorCode.HandshakeTimeout, "The frame did not answer the handshake in time.")),
    options.handshakeTimeoutMs,
  );
  listenOn.addEventListener("message", onWindowMessage);
  try {
    toWindow({ type: "SYN", participantId });
  } catch {
    // Not loaded yet: the frame's own SYN starts the handshake.
  }

  return {
    ready,
    async call(method, args, callOptions) {
      const opened = await ready;
      if (!opened.ok) return opened;
      if (closed || !port) return err(closed ?? new FramelinkError(ErrorCode.ChannelFailed, "The frame reloaded."));
      const id = String(++lastCallId);
      const timeoutMs = callOptions?.timeoutMs ?? options.callTimeoutMs;
      return new Promise<Result<unknown, FramelinkError>>((settle) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          settle(failure(ErrorCode.CallTimeout, "The frame did not answer in time."));
        }, timeoutMs);
        pending.set(id, { settle, timer });
        try {
          log?.("call", method);
          port!.postMessage(message({ type: "CALL", id, methodPath: [method], args }));
        } catch (error) {
          clearTimeout(timer);
          pending.delete(id);
          settle(err(new FramelinkError(ErrorCode.ChannelFailed, "The call could not be sent to the frame.", { cause: error })));
        }
      });
    },
    destroy: () => close(new FramelinkError(ErrorCode.Disposed, "The frame was disposed before it answered.")),
  };
}
