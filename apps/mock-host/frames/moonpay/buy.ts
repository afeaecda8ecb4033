import { readChannelId, readParam } from "../shared/frame-context.js";
import { connectToMoonPayParent, type MoonPayParent } from "../shared/moonpay-parent.js";
import { checkQuote, executeQuote, type PaymentRequest, reportPayment } from "./payment-request.js";

// The Buy frame: headless. Once acknowledged it says `ready` (the pipeline
// is starting), checks the quote and pays it with the customer's stored
// card: then `complete`, `challenge` or `error`. After an error
// (`quoteExpired`, say) a `setQuote` tries again with the new quote; after
// `complete` or `challenge` the frame has nothing more to do.
const channelId = readChannelId();
const request: PaymentRequest = {
  frame: "buy",
  clientToken: readParam("clientToken"),
  signature: readParam("signature"),
  externalTransactionId: readParam("externalTransactionId"),
};
let state: "idle" | "paying" | "done" = "idle";
let readySent = false;

async function buy(parent: MoonPayParent): Promise<void> {
  state = "paying";
  if (request.clientToken && request.signature && !readySent) {
    readySent = true;
    parent.emit("ready");
  }
  const quote = await checkQuote(parent, request);
  const executed = quote && (await executeQuote(parent, request));
  if (executed) reportPayment(parent, executed);
  state = executed ? "done" : "idle";
}

if (channelId) {
  void connectToMoonPayParent(channelId).then((parent) => {
    parent.onMessage((message) => {
      if (message.kind !== "setQuote" || state !== "idle") return;
      request.signature = message.payload.signature;
      void buy(parent);
    });
    void buy(parent);
  });
}
