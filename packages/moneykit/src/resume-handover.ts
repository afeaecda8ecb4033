import { RESUME_CHANNEL, readConnectMessage, readResumeTaken, resumeMessage } from "@framelink/protocol";

/** How long the redirect page waits for a tab running Connect to take the URL over the BroadcastChannel. */
export const HANDOVER_WAIT_MS = 1000;

const CLOSE_ONLY = {
  "link.close_oauth": (value: unknown) => (value === undefined || value === null ? null : undefined),
};

/**
 * On the redirect page: hands the bank's redirect URL back to Connect.
 * - `"opener"`: this window was opened by Connect (a popup or tab): posts
 *   `link.resume` to it at Connect's exact origin, as 0.3.28 does, and closes
 *   when Connect answers `link.close_oauth` (Connect may also close it).
 * - `"channel"`: the bank severed `window.opener`: a tab of this origin
 *   running Connect took the URL over the BroadcastChannel; this window closes.
 * - `"none"`: nobody took it (a webview's top window came back here):
 *   the caller relaunches Connect at `/continue`.
 */
export async function handOver(redirectURL: string, host: string): Promise<"opener" | "channel" | "none"> {
  const opener = window.opener as Window | null;
  if (opener) {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== opener || event.origin !== host) return;
      if (readConnectMessage(CLOSE_ONLY, event.data)) window.close();
    };
    window.addEventListener("message", onMessage);
    opener.postMessage(resumeMessage(redirectURL), host);
    return "opener";
  }
  if (typeof BroadcastChannel !== "function") return "none";
  const channel = new BroadcastChannel(RESUME_CHANNEL);
  const taken = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), HANDOVER_WAIT_MS);
    channel.onmessage = (event: MessageEvent) => {
      if (readResumeTaken(event.data) !== redirectURL) return;
      clearTimeout(timer);
      resolve(true);
    };
    channel.postMessage(resumeMessage(redirectURL));
  });
  channel.close();
  if (taken) window.close();
  return taken ? "channel" : "none";
}
