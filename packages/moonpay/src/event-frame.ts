import { type Channel, ErrorCode, FramelinkError, err, ok, type Result } from "@framelink/frames";
import { envelope, parseStarted } from "@framelink/protocol";
import type { FrameTools } from "./frame-tools.js";
import { channelSettings, type ResolvedOptions } from "./options.js";

export interface EventFrameSetup<E> {
  /** The frame's URL, its `channelId` included. */
  readonly url: URL;
  readonly channelId: string;
  readonly container: Element;
  readonly title: string;
  readonly allow?: readonly string[];
  readonly height?: string;
  /** The payload of the `start` call that hands the frame its tokens. */
  readonly start: unknown;
  readonly parseEvent: (message: unknown, channelId: string) => E | undefined;
  /** Receives the frame's events in order, only once set-up has succeeded and until disposal. */
  readonly onFrameEvent: (event: E) => void;
  /** Runs once when the frame goes, whoever disposes it. */
  readonly onDispose?: () => void;
}

type FrameMethods<Remote> = { [K in keyof Remote]: (...args: never[]) => unknown };
type Starter = { start(request: unknown): unknown };

export interface EventFrame<Remote extends FrameMethods<Remote>> {
  readonly channel: Channel<Remote>;
  dispose(): void;
}

/**
 * Mounts a visible frame that reports through `emit` events, completes the
 * handshake and hands it its tokens with `start`. Resolves once the frame has
 * acknowledged; any failure before that removes the frame and dispatches no
 * event. Events that race the acknowledgement are held until just after the
 * caller has its result, so an integrator never sees an event before the handle.
 */
export async function openEventFrame<E, Remote extends FrameMethods<Remote>>(
  tools: FrameTools,
  options: ResolvedOptions,
  setup: EventFrameSetup<E>,
  signal: { readonly disposed: boolean },
): Promise<Result<EventFrame<Remote>, FramelinkError>> {
  const { channelId } = setup;
  let settled = false;
  const early: E[] = [];
  const opened = tools.openFrameChannel<Remote>({
    ...channelSettings(options),
    channelId,
    methods: {
      emit(message: unknown) {
        const event = setup.parseEvent(message, channelId);
        if (!event || opened.value?.disposer.disposed) return;
        if (settled) setup.onFrameEvent(event);
        else early.push(event);
      },
    },
    container: setup.container,
    url: setup.url,
    title: setup.title,
    hidden: false,
    ...(setup.allow ? { allow: setup.allow } : {}),
    ...(setup.height ? { height: setup.height } : {}),
  });
  if (!opened.ok) return opened;
  const { channel, disposer } = opened.value;
  if (setup.onDispose) disposer.add(setup.onDispose);

  const fail = (error: FramelinkError) => {
    disposer.dispose();
    return err(signal.disposed ? new FramelinkError(ErrorCode.Disposed, "The client was disposed.") : error);
  };
  const answer = await (channel as unknown as Channel<Starter>).call("start", [envelope(channelId, "start", setup.start)]);
  if (!answer.ok) return fail(answer.error);
  if (signal.disposed || disposer.disposed) return fail(new FramelinkError(ErrorCode.Disposed, "The frame was disposed."));
  if (!parseStarted(answer.value, channelId)) {
    return fail(new FramelinkError(ErrorCode.InvalidMessage, "The frame answered with an unknown message."));
  }
  const flush = setTimeout(() => {
    settled = true;
    for (const event of early.splice(0)) if (!disposer.disposed) setup.onFrameEvent(event);
  }, 0);
  disposer.add(() => clearTimeout(flush));
  return ok({ channel, dispose: disposer.dispose });
}
