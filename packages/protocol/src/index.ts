export {
  COLOR_SCHEMES,
  CONNECT_DEVICES,
  CONNECT_FRAME_MESSAGES,
  CONNECT_PATHS,
  type ColorScheme,
  type ConnectDevice,
  type ConnectEventRecord,
  type ConnectFrameMessage,
  connectMessage,
  LAUNCHER_MESSAGES,
  LAUNCHER_VERSION,
  type LauncherMessage,
  readConnectMessage,
  readDemoEvent,
  readPlainData,
  readResumeMessage,
  resumeMessage,
} from "./moneykit/connect-messages.js";
export {
  ACCOUNT_TYPES,
  type AccountType,
  type Institution,
  type LinkedInstitution,
  readLinkedInstitution,
  SEARCH_GROUPS,
  type SelectedAccount,
  type TrackedScreen,
} from "./moneykit/institution.js";
export {
  LINK_EVENT_NAMES,
  LINK_SCREENS,
  type LinkEvent,
  type LinkEventMeta,
  type LinkEventName,
  type LinkScreen,
  type LinkType,
  readLinkEvent,
} from "./moneykit/link-event.js";
export { type LinkExitError, readLinkExitError } from "./moneykit/link-exit-error.js";
export { RESUME_CHANNEL, readResumeTaken, resumeTakenMessage } from "./moneykit/resume-channel.js";
export {
  CONNECTION_STATUSES,
  type ConnectionStatus,
  readWireConnection,
  readWireCredentials,
  type WireConnection,
  type WireCredentials,
} from "./moonpay/connection.js";
export { type FrameErrorPayload, type FrameFieldError, readFrameErrorPayload } from "./moonpay/frame-error.js";
export {
  decodeFrameMessage,
  encodeFrameMessage,
  FRAMES_PROTOCOL_VERSION,
  type FrameMessage,
  MAX_FRAME_MESSAGE_LENGTH,
} from "./moonpay/frame-message.js";
export {
  type FrameTransaction,
  normalizeTransactionStatus,
  readFrameTransaction,
  type TransactionStatus,
} from "./moonpay/frame-transaction.js";
export {
  CHALLENGE_EVENTS,
  CHECK_EVENTS,
  type ChallengeOutcome,
  CONNECT_EVENTS,
  type FrameEvent,
  type FrameEvents,
  type FrameName,
  framePath,
  PARENT_MESSAGES,
  PAYMENT_EVENTS,
  type ParentMessage,
  RESET_EVENTS,
  readFrameEvent,
  readFrameMessage,
  readFrameUrl,
  readParentMessage,
  readSetQuote,
  WIDGET_EVENTS,
} from "./moonpay/frames.js";
export { readPaymentMethods, readPlatformApiError, readQuote } from "./moonpay/platform-api.js";
export type {
  Asset,
  AssetAmount,
  Fees,
  Limit,
  Limits,
  PaymentDisclosure,
  PaymentMethodConfig,
  PaymentMethods,
  PlatformApiError,
  Quote,
  StoredPaymentMethod,
  Transaction,
  TransactionPage,
  TransactionStage,
  Wallet,
} from "./moonpay/platform-api-types.js";
export { readTransaction, readTransactionPage } from "./moonpay/platform-transactions.js";
export { readBytes, readSealedBox, SEALED_BOX, type SealedBox, toHex } from "./moonpay/sealed-box.js";
export { isPlainRecord, MAX_STRING_LENGTH, type Reader, readHttpUrl } from "./read.js";
export { isLoopbackHost, isSecureUrl } from "./secure-url.js";
export { readTransportMessage, serializedError, TRANSPORT_NAMESPACE, type TransportMessage } from "./transport.js";
