import type { MessageTarget } from "./channel.js";

export interface WindowMessengerOptions {
  /** The frame's window, read when a message arrives: the only `source` accepted, and where messages go. */
  readonly remoteWindow: () => Pick<Window, "postMessage"> | null;
  /** The frame host's exact origin: the only origin accepted or posted to. */
  readonly remoteOrigin: string;
  readonly listenOn?: MessageTarget;
  /** Receives the `data` of every message from that window at that origin; nothing else reaches it. */
  readonly onMessage: (data: unknown) => void;
}

/** One frame's `postMessage` line, pinned to its window and origin both ways. */
export interface WindowMessenger {
  /** Posts to the frame's window at its exact origin; a frame already gone is not an error. */
  post(data: string): void;
  /** Stops listening. Idempotent. */
  destroy(): void;
}

/**
 * The transport under a vendor's dialect, after penpal's `WindowMessenger`:
 * the dialect code never touches `window`, so it is tested with a fake.
 * A message is taken only when both its `origin` is exactly the frame
 * host's and its `source` is the frame's own window, so that neither another
 * window on the frame host's origin nor the frame's window after it has
 * navigated to another origin can speak for the frame.
 */
export function openWindowMessenger(options: WindowMessengerOptions): WindowMessenger {
  const listenOn = options.listenOn ?? window;
  let open = true;
  const listener = (event: Event) => {
    const { origin, source, data } = event as MessageEvent;
    if (!open || origin !== options.remoteOrigin) return;
    const remote = options.remoteWindow();
    if (remote === null || source !== remote) return;
    options.onMessage(data);
  };
  listenOn.addEventListener("message", listener);
  return {
    post(data) {
      if (!open) return;
      try {
        options.remoteWindow()?.postMessage(data, options.remoteOrigin);
      } catch {
        // A window that went away cannot be told anything; its conversation times out.
      }
    },
    destroy() {
      if (!open) return;
      open = false;
      listenOn.removeEventListener("message", listener);
    },
  };
}
