import { ErrorCode, err, FramelinkError, newChannelId, ok, type Result } from "@framelink/frames";
import type { FrameEvents } from "@framelink/protocol";
import type { EventOf } from "./frame-conversation.js";
import type { FrameTools } from "./frame-tools.js";
import type { ResolvedOptions } from "./options.js";

export type { EventOf };

export interface EventFrameSetup<T extends FrameEvents> {
  /** The frame's events, e.g. `CONNECT_EVENTS`. */
  readonly events: T;
  /** The frame's URL for a channel id: the documented parameters, tokens included. */
  readonly url: (channelId: string) => URL;
  /** Where the frame goes; a hidden frame without one goes to `document.body`. */
  readonly container?: Element;
  readonly hidden?: boolean;
  readonly title: string;
  readonly allow?: readonly string[];
  readonly height?: string;
  /** Receives the frame's events in order, only once set-up has succeeded and until disposal. */
  readonly onFrameEvent: (event: EventOf<T>) => void;
  /** Runs once when the frame goes, whoever disposes it. */
  readonly onDispose?: () => void;
}

export interface EventFrame {
  /** Posts a message of the protocol to the frame (e.g. `setQuote`). */
  send(kind: string, payload?: unknown): void;
  dispose(): void;
}

/**
 * Mounts a MoonPay frame that reports through events and resolves once its
 * handshake is answered; any failure before that removes the frame and
 * dispatches no event. Events that race the resolution are held until just
 * after the caller has its result, so that no event comes before the handle.
 */
export async function openEventFrame<T extends FrameEvents>(
  tools: FrameTools,
  options: ResolvedOptions,
  setup: EventFrameSetup<T>,
  lifetime: AbortSignal,
): Promise<Result<EventFrame, FramelinkError>> {
  const channelId = newChannelId();
  let settled = false;
  const early: EventOf<T>[] = [];
  const opened = tools.openFrameConversation({
    events: setup.events,
    frameOrigin: options.frameOrigin,
    channelId,
    url: setup.url(channelId),
    title: setup.title,
    hidden: setup.hidden ?? false,
    handshakeTimeoutMs: options.handshakeTimeoutMs,
    ...(setup.container ? { container: setup.container } : {}),
    ...(setup.allow ? { allow: setup.allow } : {}),
    ...(setup.height ? { height: setup.height } : {}),
    onEvent: (event) => {
      if (settled) setup.onFrameEvent(event);
      else early.push(event);
    },
  });
  if (!opened.ok) return opened;
  const { ready, disposer, send } = opened.value;
  if (setup.onDispose) disposer.add(setup.onDispose);
  const ended = () => disposer.dispose();
  lifetime.addEventListener("abort", ended, { once: true });
  disposer.add(() => lifetime.removeEventListener("abort", ended));
  const started = await ready;
  if (!started.ok || lifetime.aborted || disposer.disposed) {
    disposer.dispose();
    if (lifetime.aborted) return err(new FramelinkError(ErrorCode.Disposed, "The client was disposed."));
    return started.ok ? err(new FramelinkError(ErrorCode.Disposed, "The frame was disposed.")) : started;
  }
  const flush = setTimeout(() => {
    settled = true;
    for (const event of early.splice(0)) if (!disposer.disposed) setup.onFrameEvent(event);
  }, 0);
  disposer.add(() => clearTimeout(flush));
  return ok({ send, dispose: disposer.dispose });
}
