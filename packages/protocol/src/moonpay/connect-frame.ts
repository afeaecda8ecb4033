import type { Envelope } from "../envelope.js";
import { parseEnvelope } from "../parse-envelope.js";
import { parseStarted, type Started } from "../started.js";
import { isPlainRecord, own, readNull, readOneOf, readString } from "../read.js";
import { readWireConnection, type WireConnection } from "./connection.js";
import { type FrameErrorPayload, readFrameErrorPayload } from "./frame-error.js";
import { readPublicKey } from "./public-key.js";

/** Path of the connect frame on the frame host. */
export const CONNECT_FRAME_PATH = "/platform/v1/connect";

export const APPEARANCES = ["dark", "light"] as const;
export type Appearance = (typeof APPEARANCES)[number];

/**
 * Parent → connect frame, as the argument of the frame's `start` method,
 * sent once after the handshake. The client token comes from the check
 * frame's anonymous credentials; it never travels in the frame's URL.
 */
export type ConnectStart = Envelope<
  "start",
  { readonly clientToken: string; readonly publicKey: string; readonly appearance?: Appearance }
>;

/** Connect frame → parent: the acknowledgement `start` resolves to. */
export type ConnectStarted = Started;

/** Connect frame → parent, as the argument of the parent's `emit` method. */
export type ConnectFrameEvent =
  | Envelope<"ready", null>
  | Envelope<"complete", WireConnection>
  | Envelope<"error", FrameErrorPayload>;

/** The methods a connect frame exposes to its parent. */
export type ConnectFrameMethods = {
  start(request: ConnectStart): Promise<ConnectStarted>;
}

/** The methods a parent exposes to its connect frame. */
export type ConnectParentMethods = {
  emit(event: ConnectFrameEvent): void;
}

const readAppearance = readOneOf(APPEARANCES);

export function parseConnectStart(value: unknown, channelId: string): ConnectStart | undefined {
  return parseEnvelope<ConnectStart>(value, channelId, {
    start: (payload) => {
      if (!isPlainRecord(payload)) return undefined;
      const clientToken = readString(own(payload, "clientToken"));
      const publicKey = readPublicKey(own(payload, "publicKey"));
      if (clientToken === undefined || publicKey === undefined) return undefined;
      if (!Object.hasOwn(payload, "appearance")) return { clientToken, publicKey };
      const appearance = readAppearance(own(payload, "appearance"));
      return appearance === undefined ? undefined : { clientToken, publicKey, appearance };
    },
  });
}

export const parseConnectStarted = parseStarted;

export function parseConnectFrameEvent(value: unknown, channelId: string): ConnectFrameEvent | undefined {
  return parseEnvelope<ConnectFrameEvent>(value, channelId, {
    ready: readNull,
    complete: readWireConnection,
    error: readFrameErrorPayload,
  });
}
