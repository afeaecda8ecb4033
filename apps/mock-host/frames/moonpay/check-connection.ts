import { readChannelId, readParam } from "../shared/frame-context.js";
import { connectToMoonPayParent, type MoonPayParent } from "../shared/moonpay-parent.js";
import { callMoonPay } from "./moonpay-api.js";

// The check frame: headless. Once its parent has acknowledged the handshake,
// it spends the session token from its URL (single-use) and reports the
// connection, its credentials sealed to the `publicKey` from its URL.
const channelId = readChannelId();

async function check(parent: MoonPayParent): Promise<void> {
  const answer = await callMoonPay<{ connection: unknown }>("check", {
    sessionToken: readParam("sessionToken"),
    publicKey: readParam("publicKey"),
  });
  if (!answer.ok) return parent.emit("error", answer.error);
  parent.emit("complete", answer.body.connection);
}

if (channelId) void connectToMoonPayParent(channelId).then(check);
