import { ErrorCode, err, FramelinkError, frameUrl, newChannelId, ok, type Result } from "@framelink/frames";
import { CHECK_EVENTS, framePath, type WireConnection } from "@framelink/protocol";
import { openFrameConversation } from "./frame-conversation.js";
import { fromFrameError } from "./frame-error.js";
import type { ResolvedOptions } from "./options.js";

/**
 * Runs MoonPay's headless check frame once: the session token and the
 * client's public key go in its URL (the documented parameters; the frame is
 * mounted with no referrer, and the token is single-use), the frame
 * hands back the connection. The frame is removed as soon as it has answered,
 * or failed to, or `signal` aborts.
 */
export async function runCheckFrame(
  options: ResolvedOptions,
  publicKeyHex: string,
  signal: AbortSignal,
): Promise<Result<WireConnection, FramelinkError>> {
  const channelId = newChannelId();
  let settle!: (result: Result<WireConnection, FramelinkError>) => void;
  const outcome = new Promise<Result<WireConnection, FramelinkError>>((resolve) => {
    settle = resolve;
  });
  const opened = openFrameConversation({
    events: CHECK_EVENTS,
    frameOrigin: options.frameOrigin,
    channelId,
    url: frameUrl(options.frameOrigin, framePath("check-connection"), channelId, {
      sessionToken: options.sessionToken,
      publicKey: publicKeyHex,
    }),
    title: "MoonPay connection check",
    hidden: true,
    handshakeTimeoutMs: options.handshakeTimeoutMs,
    onEvent: (event) => settle(event.kind === "complete" ? ok(event.payload) : err(fromFrameError(event.payload))),
    // The frame answers once: an answer that does not read will not be followed by a better one.
    onMalformed: () =>
      settle(
        err(
          new FramelinkError(ErrorCode.InvalidMessage, "The check frame answered with a message that does not read."),
        ),
      ),
  });
  if (!opened.ok) return opened;
  const { ready, disposer } = opened.value;
  const abort = () => settle(err(new FramelinkError(ErrorCode.Disposed, "The client was disposed.")));
  signal.addEventListener("abort", abort, { once: true });
  disposer.add(() => signal.removeEventListener("abort", abort));
  if (signal.aborted) abort();
  void ready.then((started) => {
    if (!started.ok) return settle(started);
    const timer = setTimeout(
      () =>
        settle(
          err(
            new FramelinkError(
              ErrorCode.CallTimeout,
              `The check frame did not answer within ${options.callTimeoutMs} ms.`,
            ),
          ),
        ),
      options.callTimeoutMs,
    );
    disposer.add(() => clearTimeout(timer));
  });
  const result = await outcome;
  disposer.dispose();
  return result;
}
