import { type Channel, type LocalMethods, openChannel } from "./channel.js";
import { createDisposer, type Disposer } from "./disposer.js";
import { ErrorCode } from "./error-codes.js";
import { FramelinkError } from "./framelink-error.js";
import { type MountFrameOptions, mountFrame } from "./mount-frame.js";
import { err, ok, type Result } from "./result.js";

export interface FrameChannelOptions extends MountFrameOptions {
  /** The frame host's exact origin: the only origin the channel accepts. */
  readonly frameOrigin: string;
  readonly channelId: string;
  /** What the frame may call on this page. */
  readonly methods?: LocalMethods;
  readonly handshakeTimeoutMs: number;
  readonly callTimeoutMs: number;
}

export interface FrameChannel<Remote extends { [K in keyof Remote]: (...args: never[]) => unknown }> {
  readonly iframe: HTMLIFrameElement;
  readonly channel: Channel<Remote>;
  /** Removes the frame and ends the channel; add further clean-up to it. */
  readonly disposer: Disposer;
}

/**
 * Mounts a frame and opens its channel at once, so the handshake starts while
 * the frame loads. Disposal ends the channel, then removes the frame.
 */
export function openFrameChannel<Remote extends { [K in keyof Remote]: (...args: never[]) => unknown }>(
  options: FrameChannelOptions,
): Result<FrameChannel<Remote>, FramelinkError> {
  const mounted = mountFrame(options);
  if (!mounted.ok) return mounted;
  // An iframe in the document always has a window; mountFrame has attached it.
  const remoteWindow = mounted.value.iframe.contentWindow;
  if (!remoteWindow) {
    mounted.value.remove();
    return err(new FramelinkError(ErrorCode.InvalidContainer, "The frame's container is not in a document."));
  }
  const disposer = createDisposer();
  disposer.add(mounted.value.remove);
  const channel = openChannel<Remote>({
    remoteWindow,
    remoteOrigin: options.frameOrigin,
    channelId: options.channelId,
    handshakeTimeoutMs: options.handshakeTimeoutMs,
    callTimeoutMs: options.callTimeoutMs,
    ...(options.methods ? { methods: options.methods } : {}),
  });
  disposer.add(channel.destroy);
  return ok({ iframe: mounted.value.iframe, channel, disposer });
}
