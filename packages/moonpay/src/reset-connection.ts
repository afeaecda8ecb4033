import { type FramelinkError, frameUrl, newChannelId, ok, type Result } from "@framelink/frames";
import { framePath, RESET_EVENTS } from "@framelink/protocol";
import { type PaymentContext, RESET_TIMEOUT_MS } from "./payment-context.js";

/**
 * Signs this device out with MoonPay's headless reset frame. The client token
 * goes in its URL where the client has one (the newer documentation's
 * optional `clientToken`, which authorises the page to embed the frame).
 * Resolves `ok` when the frame reports `complete` or `error`, or after
 * {@link RESET_TIMEOUT_MS}, whatever happens: sign-out never blocks.
 */
export async function resetConnection(
  context: PaymentContext,
  clientToken: string | undefined,
): Promise<Result<void, FramelinkError>> {
  if (typeof document === "undefined") return ok(undefined);
  const channelId = newChannelId();
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const opened = context.tools.openFrameConversation({
    events: RESET_EVENTS,
    frameOrigin: context.options.frameOrigin,
    channelId,
    url: frameUrl(context.options.frameOrigin, framePath("reset"), channelId, clientToken ? { clientToken } : {}),
    title: "MoonPay sign-out",
    hidden: true,
    handshakeTimeoutMs: RESET_TIMEOUT_MS,
    onEvent: () => finish(),
  });
  if (!opened.ok) return ok(undefined);
  // A client disposed mid-sign-out removes the frame at once.
  context.lifetime.addEventListener("abort", finish, { once: true });
  if (context.lifetime.aborted) finish();
  const timer = setTimeout(finish, RESET_TIMEOUT_MS);
  void opened.value.ready.then((started) => started.ok || finish());
  await finished;
  clearTimeout(timer);
  context.lifetime.removeEventListener("abort", finish);
  opened.value.disposer.dispose();
  return ok(undefined);
}
