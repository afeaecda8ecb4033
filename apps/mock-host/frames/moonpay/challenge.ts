import type { FrameErrorPayload } from "@framelink/protocol";
import { h, show } from "../shared/dom.js";
import { readChannelId, readParam } from "../shared/frame-context.js";
import { connectToMoonPayParent, type MoonPayParent } from "../shared/moonpay-parent.js";
import { applyTheme } from "../shared/theme.js";
import { callMoonPay } from "./moonpay-api.js";

// The challenge frame (3-D Secure style), at the URL a payment frame's
// `challenge` event gave, plus the parent's channelId. Self-driving after the
// handshake: the single-use challenge token in its URL opens the challenge;
// the customer's decision goes with the frame session that opening returned,
// which the page around the frame never sees.
const channelId = readChannelId();
const challengeToken = readParam("challengeToken");
applyTheme();

type Decided = { state: "complete"; flow: string; transaction: unknown } | { state: "cancelled"; flow: string };

async function run(parent: MoonPayParent): Promise<void> {
  const fail = (error: FrameErrorPayload) => {
    show(h("h1", {}, "Verification failed"), h("p", { role: "alert" }, error.message));
    parent.emit("error", error);
  };
  const checked = await callMoonPay<{ amount: string; currency: string; frameSession: string }>("challenge/check", {
    challengeToken,
  });
  if (!checked.ok) return fail(checked.error);
  const { frameSession } = checked.body;
  const decide = (decision: "approve" | "reject") => async () => {
    approve.disabled = reject.disabled = true;
    const answer = await callMoonPay<Decided>("challenge/decide", { frameSession, decision });
    if (!answer.ok) return fail(answer.error);
    show(h("p", { role: "status" }, answer.body.state === "complete" ? "Payment verified" : "Payment not verified"));
    if (answer.body.state === "cancelled") parent.emit("cancelled", { flow: answer.body.flow });
    else parent.emit("complete", { flow: answer.body.flow, transaction: answer.body.transaction });
  };
  const approve = h("button", { type: "button" }, "Approve");
  const reject = h("button", { type: "button", class: "secondary" }, "Reject");
  approve.addEventListener("click", decide("approve"), { once: true });
  reject.addEventListener("click", decide("reject"), { once: true });
  show(
    h("h1", {}, "Verify your payment"),
    h("p", {}, `Your bank asks you to approve ${checked.body.amount} ${checked.body.currency}.`),
    h("div", { class: "actions" }, approve, reject),
  );
  parent.emit("ready");
}

if (channelId) void connectToMoonPayParent(channelId).then(run);
