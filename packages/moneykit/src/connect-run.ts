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
import { createConnectFrame, hideConnectFrame, showConnectFrame } from "./connect-frame.js";
import { type ConnectLaunch, connectUrl } from "./connect-url.js";
import { ExitErrorId, exitError } from "./exit-errors.js";
import { keepFocusOut } from "./hidden-focus.js";
import type { ResolvedOptions } from "./options.js";
import { forgetToken } from "./token-store.js";

/** How long the frame stays after a result, as in 0.3.28: Connect's own closing animation. */
export const REMOVAL_DELAY_MS = 300;

/** At most this many of Connect's events are held while it is hidden; a Connect that sends more is closed. */
const MAX_HELD_EVENTS = 64;

/** One Connect frame, from the iframe appearing to one result; hidden (preloaded) until `show()`. */
export interface ConnectRun {
  /** True once Connect has sent `connect.started`; false if the run ended first (timeout, `close()`, a result). */
  readonly started: Promise<boolean>;
  /**
   * Shows the frame, moves focus into it and reports to `callbacks` from now
   * on; the `link.event`s that came while it was hidden go first, in order.
   */
  show(callbacks: Callbacks): void;
  /** Closes at once, without any callback. Idempotent. */
  close(): void;
}

/**
 * Starts Connect in its iframe, hidden (`visibility: hidden`, `inert`: no
 * clicks, no focus, not in the accessibility tree) until `show()`. Messages
 * count only from this iframe's own window at exactly Connect's origin, and
 * only as `{ moneykit: true, type, data }` of a known type with valid data;
 * the rest is ignored silently (0.3.28 checks the origin only and warns on
 * every other message). `onEnd` runs as soon as the run ends, so the MoneyKit
 * instance can take another link. While hidden, a run that times out or that
 * Connect ends by itself goes silently: nobody has asked for it yet.
 */
export function startConnect(options: ResolvedOptions, launch: ConnectLaunch, onEnd: () => void): ConnectRun {
  const container = options.containerID ? document.getElementById(options.containerID) : document.body;
  if (!container) {
    onEnd();
    return {
      started: Promise.resolve(false),
      show: (callbacks) =>
        invoke(
          callbacks.onLinkExit,
          exitError(ExitErrorId.ContainerNotFound, `No element has the id "${options.containerID}".`),
        ),
      close: () => undefined,
    };
  }
  const iframe = createConnectFrame(connectUrl(options, launch), Boolean(options.containerID));
  hideConnectFrame(iframe);
  const letFocusIn = keepFocusOut(iframe);
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(RESUME_CHANNEL) : undefined;
  let callbacks: Callbacks | undefined;
  let held: Record<string, unknown>[] = [];
  let previousFocus: HTMLElement | null = null;
  let loaded = false;
  let settled = false;
  let markStarted: (started: boolean) => void = () => undefined;
  const started = new Promise<boolean>((resolve) => {
    markStarted = resolve;
  });

  const post = (message: unknown) => iframe.contentWindow?.postMessage(message, options.host);
  const remove = () => {
    iframe.remove();
    if (previousFocus?.isConnected) previousFocus.focus();
  };
  /**
   * Stops listening at once; the iframe goes after `delayMs` (Connect's own
   * closing animation, or 0). `before` runs now, `after` once the iframe is
   * gone, and only if the run was shown: a hidden run reports to nobody.
   */
  const settle = (delayMs: number, steps: { before?: () => void; after?: () => void } = {}) => {
    if (settled) return;
    settled = true;
    letFocusIn();
    markStarted(false);
    clearTimeout(startTimer);
    window.removeEventListener("message", onMessage);
    channel?.close();
    // The kept token belongs to a shown run (link() keeps it); a preload that goes must not take it.
    if (callbacks) forgetToken();
    onEnd();
    if (!callbacks) return remove();
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
    settle(delayMs, { after: () => invoke(callbacks?.onLinkExit, error) });

  const onMessage = (event: MessageEvent) => {
    if (settled || event.source !== iframe.contentWindow || event.origin !== options.host) return;
    const demo = readDemoEvent(event.data);
    if (demo) return invoke(options.onDemoEvent, demo);
    const message = readConnectMessage(CONNECT_FRAME_MESSAGES, event.data);
    if (!message) return;
    switch (message.type) {
      case "connect.started":
        clearTimeout(startTimer);
        markStarted(true);
        if (options.colorScheme) post(connectMessage("connect.set_color_scheme", { colorScheme: options.colorScheme }));
        if (options.theme) post(connectMessage("connect.set_theme", { theme: options.theme }));
        return;
      case "link.event":
        if (callbacks) return invoke(callbacks.onLinkEvent, message.data);
        held.push(message.data);
        if (held.length > MAX_HELD_EVENTS) settle(0);
        return;
      case "link.complete": {
        const { exchangeableToken, institution, link_id } = message.data;
        return settle(REMOVAL_DELAY_MS, {
          before: () => invoke(callbacks?.onLinkSuccess, exchangeableToken, institution, link_id),
        });
      }
      case "relink.complete": {
        const { institution, link_id } = message.data;
        return settle(REMOVAL_DELAY_MS, { before: () => invoke(callbacks?.onRelinkSuccess, institution, link_id) });
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
    // The redirect page of a popup whose opener the bank severed offers the URL here. Only a shown
    // Connect can be waiting for a bank: a hidden one must not answer and make the redirect page close.
    channel.onmessage = (event: MessageEvent) => {
      const resume = readResumeMessage(event.data);
      if (!resume || settled || !callbacks) return;
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
  // Focus goes into Connect when a person can see it, not while it loads hidden.
  iframe.addEventListener(
    "load",
    () => {
      loaded = true;
      if (callbacks) iframe.focus();
    },
    { once: true },
  );
  container.appendChild(iframe);

  return {
    started,
    show(given) {
      if (settled || callbacks) return;
      callbacks = given;
      letFocusIn();
      previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      showConnectFrame(iframe);
      if (loaded) iframe.focus();
      const earlier = held;
      held = [];
      // A microtask: after link() returns, as every callback is, and before any later message (a task).
      queueMicrotask(() => {
        for (const event of earlier) if (!settled) invoke(given.onLinkEvent, event);
      });
    },
    // Closing from the page (e.g. a component unmounting): Connect goes at once, and no callback runs.
    close: () => settle(0),
  };
}
