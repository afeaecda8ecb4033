import { ErrorCode, FramelinkError } from "@framelink/frames";
import type { FrameErrorPayload } from "@framelink/protocol";

/** A frame's own `error` report as a Framelink error with the same code. */
export function fromFrameError(payload: FrameErrorPayload): FramelinkError {
  return payload.code === "validationError"
    ? new FramelinkError(ErrorCode.ValidationError, payload.message, { fieldErrors: payload.fieldErrors })
    : new FramelinkError(ErrorCode.Generic, payload.message);
}
