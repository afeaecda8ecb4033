import { envelope, parsePaymentStart, type PaymentStarted } from "@framelink/protocol";
import { h, show } from "../shared/dom.js";
import { readChannelId } from "../shared/frame-context.js";
import { connectToParent } from "../shared/parent-channel.js";
import { paymentApi, paymentParent } from "./payment-channel.js";

// The challenge frame (3-D Secure style): self-driving after `start`.
const channelId = readChannelId();
const challengeToken = new URL(location.href).searchParams.get("challengeToken") ?? "";
let started = false;
let parent: ReturnType<typeof paymentParent> | undefined;

type Decided = { state: "complete"; flow: string; transaction: unknown } | { state: "cancelled" };

async function run(clientToken: string): Promise<void> {
  const checked = await paymentApi<{ amount: string; currency: string }>("challenge/decide", { clientToken, challengeToken, decision: "check" });
  if (!checked.ok) return parent!.emit("error", checked.error);
  const decide = (decision: "approve" | "reject") => async () => {
    const answer = await paymentApi<Decided>("challenge/decide", { clientToken, challengeToken, decision });
    if (!answer.ok) return parent!.emit("error", answer.error);
    show(h("p", {}, answer.body.state === "complete" ? "Payment verified" : "Payment not verified"));
    if (answer.body.state === "cancelled") parent!.emit("cancelled", null);
    else parent!.emit("complete", { flow: answer.body.flow, transaction: answer.body.transaction });
  };
  const approve = h("button", { type: "button" }, "Approve");
  const reject = h("button", { type: "button", class: "secondary" }, "Reject");
  approve.addEventListener("click", decide("approve"), { once: true });
  reject.addEventListener("click", decide("reject"), { once: true });
  show(h("h1", {}, "Verify your payment"), h("p", {}, `Your bank asks you to approve ${checked.body.amount} ${checked.body.currency}.`), h("div", { class: "actions" }, approve, reject));
  parent!.emit("ready", null);
}

function start(message: unknown): PaymentStarted {
  const request = parsePaymentStart(message, channelId!);
  if (!request || started) throw new Error("The start request is malformed or repeated.");
  started = true;
  setTimeout(() => void run(request.payload.clientToken), 0);
  return envelope(channelId!, "started", null);
}

if (channelId) {
  const remote = connectToParent<{ emit(event: unknown): void }>(channelId, { start });
  remote.catch(() => undefined);
  parent = paymentParent(remote, channelId);
}
