import { encodeFrameMessage, type ParentMessage, readParentMessage } from "@framelink/protocol";
import { readAllowedOrigins } from "./frame-context.js";

/** The parent as a MoonPay frame sees it once the handshake is done. */
export interface MoonPayParent {
  /** Posts `kind` (with `payload`, where the kind has one) to the parent, at the exact origin that sent the `ack`. */
  emit(kind: string, payload?: unknown): void;
  /** Calls `handler` with every later message of the protocol from that parent (`setQuote`; repeated `ack`s are dropped). */
  onMessage(handler: (message: ParentMessage) => void): void;
}

/** What the handshake needs of the frame's window: the page's own in production, a fake in unit tests. */
export interface FrameWindow {
  readonly parent: { postMessage(message: string, targetOrigin: string): void };
  /** The parent's origin where the browser tells it (`location.ancestorOrigins`; not Firefox). */
  readonly parentOrigin: string | undefined;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

/**
 * MoonPay's frames protocol, frame side: posts `handshake` to the parent,
 * once, as the frame loads (a parent listens from the moment it creates the
 * frame), and resolves once the parent answers `ack` on the frame's channel,
 * from the parent window itself, at an origin the allowlist accepts. From then on
 * the frame posts to that exact origin only, and hears only that window at
 * that origin; whatever `readParentMessage` refuses is ignored. Until the
 * `ack` the frame does nothing, and the promise never rejects: a parent that
 * never answers is the parent's timeout to report.
 *
 * The `handshake` alone may go to `'*'`: where the browser does not say
 * who the parent is, the frame cannot pin a target yet, and the message
 * carries nothing but the channel id the parent itself chose and put in the
 * frame's URL. Where the browser does say, and the parent is not allowed,
 * the frame stays silent (`frame-ancestors` should not have let it load).
 * A parent that embeds with `referrerpolicy="no-referrer"` is shown as
 * `"null"` in `ancestorOrigins` (whatwg/html#11560): that says nothing.
 */
export function openMoonPayParent(
  channelId: string,
  allowed: readonly RegExp[],
  frame: FrameWindow,
): Promise<MoonPayParent> {
  const isAllowed = (origin: string) => allowed.some((pattern) => pattern.test(origin));
  const known =
    frame.parentOrigin !== undefined && /^https?:\/\//.test(frame.parentOrigin) ? frame.parentOrigin : undefined;
  if (known !== undefined && !isAllowed(known)) return new Promise(() => undefined);
  const handshakeTarget = known ?? "*";

  return new Promise((resolve) => {
    let pinned: string | undefined;
    const handlers: ((message: ParentMessage) => void)[] = [];
    frame.addEventListener("message", (event) => {
      if (event.source !== frame.parent) return;
      if (
        pinned === undefined
          ? !isAllowed(event.origin) || (known !== undefined && event.origin !== known)
          : event.origin !== pinned
      )
        return;
      const message = readParentMessage(event.data, channelId);
      if (!message) return;
      if (pinned === undefined) {
        if (message.kind !== "ack") return;
        pinned = event.origin;
        const origin = pinned;
        resolve({
          emit: (kind, payload) => frame.parent.postMessage(encodeFrameMessage(channelId, kind, payload), origin),
          onMessage: (handler) => void handlers.push(handler),
        });
        return;
      }
      if (message.kind === "ack") return;
      for (const handler of handlers) handler(message);
    });
    frame.parent.postMessage(encodeFrameMessage(channelId, "handshake"), handshakeTarget);
  });
}

/** {@link openMoonPayParent} for this page: its parent window, its allowlist. */
export function connectToMoonPayParent(channelId: string): Promise<MoonPayParent> {
  return openMoonPayParent(channelId, readAllowedOrigins(), {
    parent: window.parent,
    parentOrigin: location.ancestorOrigins?.[0],
    addEventListener: (type, listener) => window.addEventListener(type, listener),
  });
}
