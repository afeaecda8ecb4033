export { ErrorCode, FramelinkError, type Result } from "@framelink/frames";
export { normalizeTransactionStatus } from "@framelink/protocol";
export type { Connection, ConnectionStatus, Credentials, Customer } from "./connection.js";
export { createClient } from "./create-client.js";
export type {
  ConnectCompleteEvent,
  ConnectErrorEvent,
  ConnectEvent,
  ConnectReadyEvent,
  FrameHandle,
} from "./events.js";
export type {
  BuyOptions,
  ChallengeOptions,
  ConnectOptions,
  MoonPayClient,
  PaymentFrameOptions,
  WidgetOptions,
} from "./moonpay-client.js";
export {
  type ClientOptions,
  DEFAULT_CALL_TIMEOUT_MS,
  DEFAULT_HANDSHAKE_TIMEOUT_MS,
  MOONPAY_API_BASE_URL,
  MOONPAY_FRAME_BASE_URL,
} from "./options.js";
export type { CallOptions } from "./payment-context.js";
export { PAYMENT_BUTTON_HEIGHT, RESET_TIMEOUT_MS } from "./payment-context.js";
export type {
  ChallengeEvent,
  FrameErrorPayload,
  FrameTransaction,
  PaymentFrameEvent,
  PaymentFrameHandle,
  QuoteReference,
  WidgetEvent,
} from "./payment-events.js";
export type {
  Asset,
  AssetAmount,
  Fees,
  Limit,
  Limits,
  PaymentDisclosure,
  PaymentMethodConfig,
  PaymentMethods,
  Quote,
  QuoteInput,
  StoredPaymentMethod,
  Transaction,
  TransactionPage,
  TransactionQuery,
  TransactionStage,
  TransactionStatus,
  WaitOptions,
  Wallet,
} from "./payment-types.js";
