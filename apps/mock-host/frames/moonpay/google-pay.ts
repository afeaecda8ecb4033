import { readChannelId } from "../shared/frame-context.js";
import { connectToMoonPayParent } from "../shared/moonpay-parent.js";
import { runPaymentButton } from "./payment-button.js";

// The Google Pay frame: as the Apple Pay frame, for customers whose id
// contains `googlepay-` (a simulated device with Google Pay); everyone else
// gets `unsupported`.
const channelId = readChannelId();
if (channelId) {
  void connectToMoonPayParent(channelId).then((parent) =>
    runPaymentButton(parent, { frame: "google-pay", label: "Pay with Google Pay", sheet: "Google Pay" }),
  );
}
