import { envelope, OAUTH_HANDBACK_CHANNEL, parseOAuthHandbackAck } from "@framelink/protocol";

/**
 * In the window the bank redirected to: offers the redirect URL to the page
 * that runs Connect (its opener, and any same-origin page over a
 * BroadcastChannel in case the opener link was severed) and resolves `true`
 * once that page has taken it, or `false` after `waitMs` (no such page: this
 * is the top window of a webview flow, or the original page is gone).
 */
export function handBack(redirectUrl: string, state: string, waitMs: number): Promise<boolean> {
  const message = envelope(state, "oauthHandback", { redirectUrl });
  const opener = window.opener as Window | null;
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(OAUTH_HANDBACK_CHANNEL) : undefined;
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (taken: boolean) => {
      clearTimeout(timer);
      window.removeEventListener("message", onWindowMessage);
      channel?.close();
      resolve(taken);
    };
    const onWindowMessage = (event: MessageEvent) => {
      if (event.origin === location.origin && event.source === opener && parseOAuthHandbackAck(event.data, state)) finish(true);
    };
    if (channel) {
      channel.onmessage = (event: MessageEvent) => {
        if (parseOAuthHandbackAck(event.data, state)) finish(true);
      };
    }
    window.addEventListener("message", onWindowMessage);
    timer = setTimeout(() => finish(false), waitMs);
    try {
      opener?.postMessage(message, location.origin);
    } catch {
      // An opener on another origin cannot take it; the channel still may.
    }
    channel?.postMessage(message);
  });
}
