export { createClient } from "./create-client.js";
export type { ConnectOptions, MoonPayClient } from "./client.js";
export type { Connection, ConnectionStatus, Credentials } from "./connection.js";
export type { ConnectCompleteEvent, ConnectErrorEvent, ConnectEvent, ConnectReadyEvent, FrameHandle } from "./events.js";
export { type ClientOptions, DEFAULT_CALL_TIMEOUT_MS, DEFAULT_HANDSHAKE_TIMEOUT_MS, MOONPAY_API_ORIGIN, MOONPAY_FRAME_ORIGIN } from "./options.js";
export type { ApplePayEvent, ApplePayHandle, ChallengeEvent, FrameTransaction, PaymentErrorPayload } from "./payment-events.js";
export {
  normalizeTransactionStatus,
  type PaymentMethodConfig,
  type PaymentMethods,
  type Quote,
  type QuoteInput,
  type StoredPaymentMethod,
  type Transaction,
  type TransactionPage,
  type TransactionStatus,
} from "./payment-types.js";
export { APPLE_PAY_FRAME_HEIGHT, RESET_TIMEOUT_MS } from "./payment-context.js";
export { ErrorCode, FramelinkError, type Result } from "@framelink/frames";
export type { FieldError, FieldErrorCode } from "@framelink/protocol";
