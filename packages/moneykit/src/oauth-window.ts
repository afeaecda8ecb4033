import { envelope, OAUTH_HANDBACK_CHANNEL, type OAuthPresentation, parseOAuthHandback } from "@framelink/protocol";
import { detectOAuthPresentation } from "./presentation.js";

export interface OAuthWindowOptions {
  readonly url: string;
  readonly preferred?: OAuthPresentation;
  readonly closedGraceMs: number;
  readonly timeoutMs: number;
  /** The bank redirected back and the URL reached this page. */
  readonly onReturn: (redirectUrl: string) => void;
  /** The window closed (and the grace ran out) or the login took too long. */
  readonly onAbandon: (reason: "closed" | "timeout") => void;
}

export interface OAuthWindow {
  readonly presentation: OAuthPresentation;
  close(): void;
}

const POLL_MS = 250;

/**
 * Shows the bank's OAuth page as a popup, a tab, or by navigating the top
 * window, and waits for the redirect URL to come back. A blocked popup or tab
 * falls back to the top window instead of failing silently.
 */
export function openOAuthWindow(options: OAuthWindowOptions): OAuthWindow {
  const state = new URL(options.url).searchParams.get("state") ?? "";
  let presentation = options.preferred ?? detectOAuthPresentation(navigator.userAgent);
  let win: Window | null = null;
  if (presentation === "popup") win = window.open(options.url, "moneykit_oauth", "popup=yes,width=480,height=720");
  if (presentation === "tab") win = window.open(options.url, "_blank");
  if (!win) presentation = "redirect";
  if (presentation === "redirect") {
    // After this call returns, so that Connect hears which presentation was used.
    setTimeout(() => navigateTop(options.url), 0);
    return { presentation, close: () => undefined };
  }

  const timers: ReturnType<typeof setTimeout>[] = [];
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(OAUTH_HANDBACK_CHANNEL) : undefined;
  let done = false;
  const stop = () => {
    done = true;
    timers.forEach(clearTimeout);
    clearInterval(poll);
    window.removeEventListener("message", onWindowMessage);
    channel?.close();
  };
  const take = (redirectUrl: string) => {
    if (done) return;
    stop();
    try {
      win?.close();
    } catch {
      // Severed windows cannot be closed from here; they close themselves.
    }
    options.onReturn(redirectUrl);
  };
  const ack = envelope(state, "oauthHandbackAck", null);
  const onWindowMessage = (event: MessageEvent) => {
    if (event.origin !== location.origin || event.source !== win) return;
    const handback = parseOAuthHandback(event.data, state);
    if (!handback) return;
    (event.source as Window).postMessage(ack, location.origin);
    take(handback.payload.redirectUrl);
  };
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const handback = parseOAuthHandback(event.data, state);
      if (!handback) return;
      channel.postMessage(ack);
      take(handback.payload.redirectUrl);
    };
  }
  window.addEventListener("message", onWindowMessage);
  let closedSeen = false;
  const poll = setInterval(() => {
    if (closedSeen || !win?.closed) return;
    closedSeen = true;
    timers.push(
      setTimeout(() => {
        if (done) return;
        stop();
        options.onAbandon("closed");
      }, options.closedGraceMs),
    );
  }, POLL_MS);
  timers.push(
    setTimeout(() => {
      if (done) return;
      stop();
      try {
        win?.close();
      } catch {
        // As above.
      }
      options.onAbandon("timeout");
    }, options.timeoutMs),
  );
  return {
    presentation,
    close() {
      if (done) return;
      stop();
      try {
        win?.close();
      } catch {
        // As above.
      }
    },
  };
}

function navigateTop(url: string): void {
  try {
    (window.top ?? window).location.assign(url);
  } catch {
    window.location.assign(url);
  }
}
