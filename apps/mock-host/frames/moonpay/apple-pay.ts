import { envelope, type FrameTransaction, parsePaymentStart, parseSetQuote, type PaymentStarted, type QuoteSet } from "@framelink/protocol";
import { h, show } from "../shared/dom.js";
import { readChannelId } from "../shared/frame-context.js";
import { connectToParent } from "../shared/parent-channel.js";
import { paymentApi, paymentParent } from "./payment-channel.js";

// The Apple Pay frame. Chromium has no Apple Pay, so the frame host decides:
// customers on a simulated device (`applepay-…`) see a button and a payment
// sheet; everyone else gets `unsupported`.
const channelId = readChannelId();
let parent: ReturnType<typeof paymentParent> | undefined;
let clientToken = "";
let signature = "";
let started = false;

interface Payable {
  state: "ready";
  amount: string;
  currency: string;
  destination: string;
}
type Checked = Payable | { state: "unsupported" | "quoteExpired" };
type Paid = { state: "complete"; transaction: FrameTransaction } | { state: "challenge"; url: string } | { state: "quoteExpired" };

async function check(): Promise<void> {
  const answer = await paymentApi<Checked>("apple-pay/check", { clientToken, signature });
  if (!answer.ok) return parent!.emit("error", answer.error);
  const checked = answer.body;
  if (checked.state !== "ready") return parent!.emit(checked.state, null);
  const pay = h("button", { type: "button", class: "apple-pay" }, "Pay with Apple Pay");
  pay.addEventListener("click", () => sheet(checked));
  show(pay);
  parent!.emit("ready", null);
}

function sheet(payable: Payable): void {
  const confirm = h("button", { type: "button" }, "Confirm");
  const cancel = h("button", { type: "button", class: "secondary" }, "Cancel");
  cancel.addEventListener("click", () => void check());
  confirm.addEventListener("click", async () => {
    const answer = await paymentApi<Paid>("apple-pay/pay", { clientToken, signature });
    if (!answer.ok) return parent!.emit("error", answer.error);
    const paid = answer.body;
    if (paid.state === "quoteExpired") return parent!.emit("quoteExpired", null);
    if (paid.state === "challenge") {
      show(h("p", {}, "Your bank needs to verify this payment."));
      return parent!.emit("challenge", { url: paid.url });
    }
    show(h("p", {}, paid.transaction.status === "failed" ? "Payment declined" : "Payment sent"));
    parent!.emit("complete", { transaction: paid.transaction });
  });
  show(
    h(
      "div",
      { class: "sheet", role: "dialog", "aria-label": "Apple Pay" },
      h("p", {}, `Pay ${payable.amount} ${payable.currency} for ${payable.destination}`),
      h("div", { class: "actions" }, confirm, cancel),
    ),
  );
}

function start(message: unknown): PaymentStarted {
  const request = parsePaymentStart(message, channelId!);
  if (!request?.payload.signature || started) throw new Error("The start request is malformed or repeated.");
  started = true;
  clientToken = request.payload.clientToken;
  signature = request.payload.signature;
  setTimeout(() => void check(), 0);
  return envelope(channelId!, "started", null);
}

function setQuote(message: unknown): QuoteSet {
  const request = parseSetQuote(message, channelId!);
  if (!request || !started) throw new Error("The quote is malformed.");
  signature = request.payload.signature;
  setTimeout(() => void check(), 0);
  return envelope(channelId!, "quoteSet", null);
}

if (channelId) {
  const remote = connectToParent<{ emit(event: unknown): void }>(channelId, { start, setQuote });
  remote.catch(() => undefined);
  parent = paymentParent(remote, channelId);
}
