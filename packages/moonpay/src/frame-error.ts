import { ErrorCode, FramelinkError } from "@framelink/frames";
import type { FrameErrorPayload } from "@framelink/protocol";

/** A frame's own `error` as a Framelink error: code `frameError`, the frame's payload in `frameError`. */
export function fromFrameError(payload: FrameErrorPayload): FramelinkError {
  return new FramelinkError(ErrorCode.FrameError, payload.message, { frameError: payload });
}
