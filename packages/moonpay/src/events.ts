import type { FrameErrorPayload } from "@framelink/protocol";
import type { Connection } from "./connection.js";

/** A mounted frame, which you may remove at any time. `dispose()` is idempotent. */
export interface FrameHandle {
  dispose(): void;
}

/** The connect frame rendered its UI and the customer can use it. */
export interface ConnectReadyEvent {
  readonly kind: "ready";
  readonly payload: { readonly frame: FrameHandle };
}

/**
 * The flow ended. `connection` is the outcome; when it is `active` it holds
 * the authenticated credentials, which the client also keeps for later calls.
 * `payload` repeats the connection's fields (MoonPay's newer SDK reads them
 * there) next to `frame`, the handle to unmount the frame.
 */
export interface ConnectCompleteEvent {
  readonly kind: "complete";
  readonly connection: Connection;
  readonly payload: Connection & { readonly frame: FrameHandle };
}

/**
 * The frame reported a problem: MoonPay's `code` (e.g. `generic`) and
 * `message`, and `errors` where the frame lists them. Credentials that could
 * not be opened are reported here too, as `decryptionFailed` (or
 * `invalidMessage` when they do not fit the connection). The frame stays
 * mounted: dispose it when done.
 */
export interface ConnectErrorEvent {
  readonly kind: "error";
  readonly payload: FrameErrorPayload;
}

export type ConnectEvent = ConnectReadyEvent | ConnectCompleteEvent | ConnectErrorEvent;
