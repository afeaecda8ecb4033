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

/**
 * The page's side of penpal 7's wire protocol, written for one frame at one
 * exact origin. The handshake (SYN, ACK1, ACK2) runs over `postMessage`
 * between the page and that frame's window only, never to `'*'`; it hands
 * over a private `MessagePort` that carries every call after it. Anything
 * from another window, another origin or another channel, and anything that
 * is not a well-formed message, is ignored.
 *
 * Why not penpal itself on this side: a frame that runs penpal talks to this
 * just the same, but penpal's client (with v6 compatibility, workers, nested
 * method paths) is ~3.5 kB gzipped of a 7 kB budget; this side needs a
 * fraction of it. Neither vendor package uses this channel: MoonPay's frames
 * and MoneyKit Connect speak their own protocols.
 */
export function openChannel<Remote extends { [K in keyof Remote]: RemoteMethod }>(
  options: ChannelOptions,
): Channel<Remote> {
  const { remoteWindow, remoteOrigin, channelId } = options;
  const methods = options.methods ?? {};
  const listenOn = options.listenOn ?? window;
  const participantId = nanoid();
  const pending = new Map<string, { settle: Settle; timer: ReturnType<typeof setTimeout> }>();
  let remoteParticipantId: string | undefined;
  let port: MessagePort | undefined;
  let lastCallId = 0;
  let closed: FramelinkError | undefined;
  let settleReady!: (result: Result<void, FramelinkError>) => void;
  const ready = new Promise<Result<void, FramelinkError>>((resolve) => {
    settleReady = resolve;
  });

  const message = (body: Record<string, unknown>) => ({ namespace: TRANSPORT_NAMESPACE, channel: channelId, ...body });
  const toWindow = (body: Record<string, unknown>, transfer: Transferable[] = []) =>
    remoteWindow.postMessage(message(body), { targetOrigin: remoteOrigin, transfer });

  /** Lets go of the port, and fails what was asked over it. */
  const dropPort = (error: FramelinkError) => {
    if (port) port.onmessage = null;
    port?.close();
    port = undefined;
    for (const { settle, timer } of pending.values()) {
      clearTimeout(timer);
      settle(err(error));
    }
    pending.clear();
  };

  const close = (error: FramelinkError) => {
    if (closed) return;
    closed = error;
    clearTimeout(handshakeTimer);
    listenOn.removeEventListener("message", onWindowMessage);
    try {
      port?.postMessage(message({ type: "DESTROY" }));
    } catch {
      // The frame is gone; there is nobody to tell.
    }
    dropPort(error);
    settleReady(err(error));
  };

  const usePort = (next: MessagePort) => {
    port = next;
    port.onmessage = (event) => onPortMessage(event.data);
    clearTimeout(handshakeTimer);
    settleReady(ok(undefined));
  };

  const answer = async (call: Extract<TransportMessage, { type: "CALL" }>) => {
    const reply = (body: Record<string, unknown>) =>
      port?.postMessage(message({ type: "REPLY", callId: call.id, ...body }));
    const refuse = (name: string, text: string, code?: string) =>
      reply({ isError: true, isSerializedErrorInstance: true, value: serializedError(name, text, code) });
    const method = Object.hasOwn(methods, call.method) ? methods[call.method] : undefined;
    if (typeof method !== "function")
      return refuse("PenpalError", `Method \`${call.method}\` is not found.`, "METHOD_NOT_FOUND");
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
    if (received.type === "CALL") void answer(received);
    else if (received.type === "REPLY") settleCall(received);
    else if (received.type === "DESTROY")
      close(new FramelinkError(ErrorCode.ChannelFailed, "The frame ended the channel."));
  }

  function settleCall(reply: Extract<TransportMessage, { type: "REPLY" }>) {
    const call = pending.get(reply.callId);
    if (!call) return;
    pending.delete(reply.callId);
    clearTimeout(call.timer);
    call.settle(
      reply.isError ? err(new FramelinkError(ErrorCode.ChannelFailed, "The frame refused the call.")) : ok(reply.value),
    );
  }

  function onWindowMessage(event: MessageEvent) {
    if (event.source !== remoteWindow || event.origin !== remoteOrigin) return;
    const received = readTransportMessage(event.data, channelId);
    if (!received || closed) return;
    const leading = remoteParticipantId !== undefined && participantId > remoteParticipantId;
    if (received.type === "SYN" && received.participantId !== remoteParticipantId) {
      // A second SYN is the frame starting over (it reloaded): what was asked
      // of the old document will never be answered.
      dropPort(new FramelinkError(ErrorCode.ChannelFailed, "The frame reloaded before it answered."));
      remoteParticipantId = received.participantId;
      toWindow({ type: "SYN", participantId });
      if (participantId > remoteParticipantId)
        toWindow({ type: "ACK1", methodPaths: Object.keys(methods).map((name) => [name]) });
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
  // The frame starts: its SYN comes once it has loaded, and this listener is
  // in place before then (a SYN sent now would reach the empty document the
  // frame starts with, and Chromium would log the origin mismatch).
  listenOn.addEventListener("message", onWindowMessage);

  return {
    ready,
    async call(method, args, callOptions) {
      const opened = await ready;
      if (!opened.ok) return opened;
      if (closed || !port) return err(closed ?? new FramelinkError(ErrorCode.ChannelFailed, "The frame reloaded."));
      const sending = port;
      const id = String(++lastCallId);
      return new Promise<Result<unknown, FramelinkError>>((settle) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          settle(err(new FramelinkError(ErrorCode.CallTimeout, "The frame did not answer in time.")));
        }, callOptions?.timeoutMs ?? options.callTimeoutMs);
        pending.set(id, { settle, timer });
        try {
          sending.postMessage(message({ type: "CALL", id, methodPath: [method], args }));
        } catch (error) {
          clearTimeout(timer);
          pending.delete(id);
          settle(
            err(
              new FramelinkError(ErrorCode.ChannelFailed, "The call could not be sent to the frame.", { cause: error }),
            ),
          );
        }
      });
    },
    destroy: () => close(new FramelinkError(ErrorCode.Disposed, "The frame was disposed before it answered.")),
  };
}
