import type { FrameTransaction } from "@framelink/protocol";
import { h, paint, show } from "../shared/dom.js";
import { readChannelId, readParam } from "../shared/frame-context.js";
import { connectToMoonPayParent, type MoonPayParent } from "../shared/moonpay-parent.js";
import { applyTheme } from "../shared/theme.js";
import { callMoonPay } from "./moonpay-api.js";
import { checkQuote, executeQuote, type PaymentRequest } from "./payment-request.js";

// The widget frame (`flow=buy`): a summary of the quote and "Confirm
// purchase". Confirming creates the transaction (`transactionCreated`, status
// pending); the widget then follows it and sends `complete` once it has
// settled (completed or failed), as MoonPay documents `complete` for the
// widget: the transaction in a terminal state. The widget verifies the
// payment itself, so it never sends `challenge`.
const channelId = readChannelId();
const flow = readParam("flow");
const request: PaymentRequest = {
  frame: "widget",
  clientToken: readParam("clientToken"),
  signature: readParam("quoteSignature"),
};
applyTheme();

/** How often, and how many times, the widget looks at its transaction before it reports it as it stands. */
const POLL_MS = 500;
const POLLS = 30;

async function run(parent: MoonPayParent): Promise<void> {
  if (flow !== "buy")
    return parent.emit("error", { code: "configurationError", message: "The widget supports flow=buy only." });
  const quote = await checkQuote(parent, request);
  if (!quote) return;
  const confirm = h("button", { type: "button" }, "Confirm purchase");
  confirm.addEventListener("click", () => void purchase(parent), { once: true });
  paint(
    h("h1", {}, `Buy ${quote.destination}`),
    h(
      "p",
      {},
      `You pay ${quote.sourceAmount} ${quote.source} and get about ${quote.destinationAmount} ${quote.destination}.`,
    ),
    confirm,
  );
  parent.emit("ready");
}

async function purchase(parent: MoonPayParent): Promise<void> {
  show(h("p", { role: "status" }, "Processing your purchase…"));
  const executed = await executeQuote(parent, request);
  if (!executed) return show(h("p", { role: "alert" }, "The purchase did not go through."));
  if (executed.state !== "complete")
    return parent.emit("error", { code: "generic", message: "The widget could not take this payment." });
  const created = executed.transaction;
  parent.emit("transactionCreated", { transaction: { ...(created.id ? { id: created.id } : {}), status: "pending" } });
  const settled = await settle(parent, created);
  if (!settled) return;
  show(h("h1", {}, settled.status === "failed" ? "Payment declined" : "Purchase complete"));
  parent.emit("complete", { transaction: settled });
}

/** The transaction once it is no longer pending (or as it stands after the last look); `undefined` once an error was reported. */
async function settle(parent: MoonPayParent, transaction: FrameTransaction): Promise<FrameTransaction | undefined> {
  let current = transaction;
  for (let poll = 0; current.status === "pending" && current.id && poll < POLLS; poll += 1) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const answer = await callMoonPay<{ transaction: FrameTransaction }>("transaction", {
      clientToken: request.clientToken,
      transactionId: current.id,
    });
    if (!answer.ok) return void parent.emit("error", answer.error);
    current = answer.body.transaction;
  }
  return current;
}

if (channelId) void connectToMoonPayParent(channelId).then(run);
