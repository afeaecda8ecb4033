import { ErrorCode, FramelinkError, err, newChannelId, ok, openFrameChannel, type Result, frameUrl } from "@framelink/frames";
import {
  CHECK_FRAME_PATH,
  type CheckFrameMethods,
  type CheckReply,
  type CheckRequest,
  envelope,
  parseCheckReply,
} from "@framelink/protocol";
import { channelSettings, type ResolvedOptions } from "./options.js";

export interface CheckFrame {
  check(payload: CheckRequest["payload"]): Promise<Result<CheckReply, FramelinkError>>;
  dispose(): void;
}

/** Mounts the invisible check frame and opens its channel; the handshake starts at once. */
export function mountCheckFrame(options: ResolvedOptions): Result<CheckFrame, FramelinkError> {
  const channelId = newChannelId();
  const opened = openFrameChannel<CheckFrameMethods>({
    ...channelSettings(options),
    channelId,
    url: frameUrl(options.frameOrigin, CHECK_FRAME_PATH, channelId),
    title: "MoonPay connection check",
    hidden: true,
  });
  if (!opened.ok) return opened;
  const { channel, disposer } = opened.value;

  return ok({
    async check(payload) {
      const answer = await channel.call("check", [envelope(channelId, "check", payload)]);
      if (!answer.ok) return answer;
      const reply = parseCheckReply(answer.value, channelId);
      return reply
        ? ok(reply)
        : err(new FramelinkError(ErrorCode.InvalidMessage, "The check frame answered with an unknown message."));
    },
    dispose: disposer.dispose,
  });
}
