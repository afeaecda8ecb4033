import { readChannelId } from "../shared/frame-context.js";
import { connectToMoonPayParent } from "../shared/moonpay-parent.js";
import { runPaymentButton } from "./payment-button.js";

// The Apple Pay frame. Chromium has no Apple Pay, so the frame host decides:
// customers on a simulated device (`applepay-…`) see the button and a
// stand-in for the payment sheet; everyone else gets `unsupported`.
const channelId = readChannelId();
if (channelId) {
  void connectToMoonPayParent(channelId).then((parent) =>
    runPaymentButton(parent, { frame: "apple-pay", label: "Pay with Apple Pay", sheet: "Apple Pay" }),
  );
}
