import { isPlainRecord, own } from "../read.js";

// MoonPay's frames protocol (dev.moonpay.com/platform/frames/overview): every
// message, both ways, is a JSON string
// `{"version":2,"meta":{"channelId":"…"},"kind":"…","payload":{…}}`, with
// `payload` only where the kind has one.

/** The frames protocol version. MoonPay documents it as "always 2". */
export const FRAMES_PROTOCOL_VERSION = 2;

/** A message longer than this is not read: no documented message comes near it. */
export const MAX_FRAME_MESSAGE_LENGTH = 65_536;

/** One message as it crosses the frame boundary, before its payload is read. */
export interface FrameMessage {
  readonly kind: string;
  /** `undefined` when the message has none. */
  readonly payload: unknown;
}

/** The string a side posts: the documented envelope, `payload` left out when there is none. */
export function encodeFrameMessage(channelId: string, kind: string, payload?: unknown): string {
  return JSON.stringify({
    version: FRAMES_PROTOCOL_VERSION,
    meta: { channelId },
    kind,
    ...(payload === undefined ? {} : { payload }),
  });
}

/**
 * Reads what arrived in a `message` event as a frames message for
 * `channelId`: a JSON string (as documented) or, tolerated as MoonPay's own
 * manual-integration sample does, an object already parsed. Anything else,
 * including another channel or another version, is `undefined`. Only own
 * properties are read; the caller checks the sender before calling this.
 */
export function decodeFrameMessage(data: unknown, channelId: string): FrameMessage | undefined {
  let value: unknown = data;
  if (typeof data === "string") {
    if (data.length > MAX_FRAME_MESSAGE_LENGTH) return undefined;
    try {
      value = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  if (!isPlainRecord(value) || own(value, "version") !== FRAMES_PROTOCOL_VERSION) return undefined;
  const meta = own(value, "meta");
  if (!isPlainRecord(meta) || own(meta, "channelId") !== channelId) return undefined;
  const kind = own(value, "kind");
  if (typeof kind !== "string" || kind.length === 0 || kind.length > 64) return undefined;
  return { kind, payload: own(value, "payload") };
}
