import type { Envelope } from "../envelope.js";
import { parseEnvelope } from "../parse-envelope.js";
import { isPlainRecord, own, readString } from "../read.js";
import { readWireConnection, type WireConnection } from "./connection.js";
import { type FrameErrorPayload, readFrameErrorPayload } from "./frame-error.js";
import { readPublicKey } from "./public-key.js";

/** Path of the check frame on the frame host. */
export const CHECK_FRAME_PATH = "/platform/v1/check-connection";

/**
 * Parent → check frame, as the argument of the frame's `check` method.
 * The first call carries the single-use session token; the frame keeps what
 * it learns, so repeat calls on the same frame send no token.
 */
export type CheckRequest = Envelope<"check", { readonly sessionToken?: string; readonly publicKey: string }>;

/** Check frame → parent: the value the `check` method resolves to. */
export type CheckReply = Envelope<"complete", WireConnection> | Envelope<"error", FrameErrorPayload>;

/** The methods a check frame exposes to its parent over the channel. */
export type CheckFrameMethods = {
  check(request: CheckRequest): Promise<CheckReply>;
}

export function parseCheckRequest(value: unknown, channelId: string): CheckRequest | undefined {
  return parseEnvelope<CheckRequest>(value, channelId, {
    check: (payload) => {
      if (!isPlainRecord(payload)) return undefined;
      const publicKey = readPublicKey(own(payload, "publicKey"));
      if (publicKey === undefined) return undefined;
      if (!Object.hasOwn(payload, "sessionToken")) return { publicKey };
      const sessionToken = readString(own(payload, "sessionToken"));
      return sessionToken === undefined ? undefined : { sessionToken, publicKey };
    },
  });
}

export function parseCheckReply(value: unknown, channelId: string): CheckReply | undefined {
  return parseEnvelope<CheckReply>(value, channelId, {
    complete: readWireConnection,
    error: readFrameErrorPayload,
  });
}
