// The payments part, loaded on first use (./parts.ts): the platform
// API calls and the payment frames. Most pages only check and connect.
export { setupChallenge } from "./challenge-frame.js";
export { setupApplePay, setupBuy, setupBuyButton, setupGooglePay } from "./payment-frames.js";
export {
  deletePaymentMethod,
  getPaymentMethods,
  getQuote,
  getTransaction,
  listTransactions,
} from "./platform-calls.js";
export { resetConnection } from "./reset-connection.js";
export { waitForTransaction } from "./wait-for-transaction.js";
export { setupWidget } from "./widget-frame.js";
