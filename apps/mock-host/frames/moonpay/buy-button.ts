import { readChannelId } from "../shared/frame-context.js";
import { connectToMoonPayParent } from "../shared/moonpay-parent.js";
import { runPaymentButton } from "./payment-button.js";

// The Buy Button frame: a "Buy now" button that, pressed, pays the quote
// with the customer's stored card, as the headless Buy frame does.
const channelId = readChannelId();
if (channelId) {
  void connectToMoonPayParent(channelId).then((parent) =>
    runPaymentButton(parent, { frame: "buy-button", label: "Buy now" }),
  );
}
