import { envelope, parseResetRequest, type ResetDone } from "@framelink/protocol";
import { readChannelId } from "../shared/frame-context.js";
import { connectToParent } from "../shared/parent-channel.js";
import { paymentApi } from "./payment-channel.js";

// The headless reset frame: signs this device out by revoking its tokens.
const channelId = readChannelId();

async function reset(message: unknown): Promise<ResetDone> {
  const request = parseResetRequest(message, channelId!);
  if (!request) throw new Error("The reset request is malformed.");
  await paymentApi("reset", request.payload);
  return envelope(channelId!, "resetDone", null);
}

if (channelId) void connectToParent(channelId, { reset }).catch(() => undefined);
