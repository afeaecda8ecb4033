import {
  CONNECT_FRAME_MESSAGES,
  connectMessage,
  type LinkExitError,
  RESUME_CHANNEL,
  readConnectMessage,
  readDemoEvent,
  readResumeMessage,
  resumeMessage,
  resumeTakenMessage,
} from "@framelink/protocol";
import { type Callbacks, invoke } from "./callbacks.js";
import { createConnectFrame } from "./connect-frame.js";
import { type ConnectLaunch, connectUrl } from "./connect-url.js";
import { ExitErrorId, exitError } from "./exit-errors.js";
import type { ResolvedOptions } from "./options.js";
import { forgetToken } from "./token-store.js";

/** How long the frame stays after a result, as in 0.3.28: Connect's own closing animation. */
export const REMOVAL_DELAY_MS = 300;

/**
 * One showing of Connect, from the iframe appearing to one result. Messages
 * count only from this iframe's own window at exactly Connect's origin, and
 * only as `{ moneykit: true, type, data }` of a known type with valid data;
 * the rest is ignored silently (0.3.28 checks the origin only and warns on
 * every other message). `onEnd` runs as soon as the result is known, so the
 * MoneyKit instance can take another link. Returns `close()`.
 */
export function runConnect(
  options: ResolvedOptions,
  launch: ConnectLaunch,
  callbacks: Callbacks,
  onEnd: () => void,
): () => void {
  const container = options.containerID ? document.getElementById(options.containerID) : document.body;
  if (!container) {
    onEnd();
    invoke(
      callbacks.onLinkExit,
      exitError(ExitErrorId.ContainerNotFound, `No element has the id "${options.containerID}".`),
    );
    return () => undefined;
  }
  const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const iframe = createConnectFrame(connectUrl(options, launch), Boolean(options.containerID));
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(RESUME_CHANNEL) : undefined;
  let settled = false;
  let started = false;

  const post = (message: unknown) => iframe.contentWindow?.postMessage(message, options.host);
  const remove = () => {
    iframe.remove();
    if (previousFocus?.isConnected) previousFocus.focus();
  };
  /**
   * Stops listening at once; the iframe goes after `delayMs` (Connect's own
   * closing animation, or 0). `before` runs now, `after` once the iframe is gone.
   */
  const settle = (delayMs: number, steps: { before?: () => void; after?: () => void }) => {
    if (settled) return;
    settled = true;
    clearTimeout(startTimer);
    window.removeEventListener("message", onMessage);
    channel?.close();
    forgetToken();
    onEnd();
    steps.before?.();
    const finish = () => {
      remove();
      steps.after?.();
    };
    if (delayMs === 0) finish();
    else setTimeout(finish, delayMs);
  };
  /** As 0.3.28: the iframe goes after its animation, then onLinkExit. */
  const exit = (error: LinkExitError | null, delayMs = REMOVAL_DELAY_MS) =>
    settle(delayMs, { after: () => invoke(callbacks.onLinkExit, error) });

  const onMessage = (event: MessageEvent) => {
    if (settled || event.source !== iframe.contentWindow || event.origin !== options.host) return;
    const demo = readDemoEvent(event.data);
    if (demo) return invoke(options.onDemoEvent, demo);
    const message = readConnectMessage(CONNECT_FRAME_MESSAGES, event.data);
    if (!message) return;
    switch (message.type) {
      case "connect.started":
        if (started) return;
        started = true;
        clearTimeout(startTimer);
        if (options.colorScheme) post(connectMessage("connect.set_color_scheme", { colorScheme: options.colorScheme }));
        if (options.theme) post(connectMessage("connect.set_theme", { theme: options.theme }));
        return;
      case "link.event":
        return invoke(callbacks.onLinkEvent, message.data);
      case "link.complete": {
        const { exchangeableToken, institution, link_id } = message.data;
        return settle(REMOVAL_DELAY_MS, {
          before: () => invoke(callbacks.onLinkSuccess, exchangeableToken, institution, link_id),
        });
      }
      case "relink.complete": {
        const { institution, link_id } = message.data;
        return settle(REMOVAL_DELAY_MS, { before: () => invoke(callbacks.onRelinkSuccess, institution, link_id) });
      }
      case "link.exit":
        return exit(message.data.error);
      case "link.close_oauth":
        // Connect finished the link in this OAuth window, relaunched by continue(): the window goes.
        if (launch.kind === "continue") window.close();
        return;
    }
  };

  if (channel) {
    // The redirect page of a popup whose opener the bank severed offers the URL here.
    channel.onmessage = (event: MessageEvent) => {
      const resume = readResumeMessage(event.data);
      if (!resume || settled) return;
      post(resumeMessage(resume.redirectURL));
      channel.postMessage(resumeTakenMessage(resume.redirectURL));
    };
  }
  const startTimer = setTimeout(
    () =>
      exit(
        exitError(ExitErrorId.StartTimeout, "Connect did not load in time. Check your connection and try again."),
        0,
      ),
    options.startTimeoutMs,
  );
  window.addEventListener("message", onMessage);
  iframe.addEventListener("load", () => iframe.focus(), { once: true });
  container.appendChild(iframe);
  // Closing from the page (e.g. a component unmounting): Connect goes at once, and no callback runs.
  return () => settle(0, {});
}
