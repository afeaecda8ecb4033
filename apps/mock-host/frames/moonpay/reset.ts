import { readChannelId, readParam } from "../shared/frame-context.js";
import { connectToMoonPayParent, type MoonPayParent } from "../shared/moonpay-parent.js";
import { callMoonPay } from "./moonpay-api.js";

// The reset frame: headless. Signs this device out: the backend revokes
// every token of the customer whose client token the URL carries. Its other
// documented parameters (apiKey, language, theme) change nothing for a frame
// with no UI.
const channelId = readChannelId();
const clientToken = readParam("clientToken");

async function reset(parent: MoonPayParent): Promise<void> {
  const answer = await callMoonPay("reset", clientToken ? { clientToken } : {});
  if (!answer.ok) return parent.emit("error", { code: "generic", message: answer.error.message });
  parent.emit("complete");
}

if (channelId) void connectToMoonPayParent(channelId).then(reset);
