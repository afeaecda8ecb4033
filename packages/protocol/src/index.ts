export { type Envelope, envelope, PROTOCOL_VERSION } from "./envelope.js";
export { isPlainRecord, MAX_STRING_LENGTH, readHttpUrl, type Reader } from "./read.js";
export { isLoopbackHost, isSecureUrl } from "./secure-url.js";
export { parseStarted, type Started } from "./started.js";
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
  type FrameMessage,
  FRAMES_PROTOCOL_VERSION,
  MAX_FRAME_MESSAGE_LENGTH,
} from "./moonpay/frame-message.js";
export {
  CHALLENGE_EVENTS,
  type ChallengeOutcome,
  CHECK_EVENTS,
  CONNECT_EVENTS,
  type FrameEvent,
  type FrameEvents,
  type FrameName,
  framePath,
  PARENT_MESSAGES,
  type ParentMessage,
  PAYMENT_EVENTS,
  readFrameEvent,
  readFrameMessage,
  readFrameUrl,
  readParentMessage,
  readSetQuote,
  RESET_EVENTS,
  WIDGET_EVENTS,
} from "./moonpay/frames.js";
export {
  type FrameTransaction,
  normalizeTransactionStatus,
  readFrameTransaction,
  type TransactionStatus,
} from "./moonpay/frame-transaction.js";
export { readBytes, readSealedBox, SEALED_BOX, type SealedBox, toHex } from "./moonpay/sealed-box.js";
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
  COLOR_SCHEMES,
  type ColorScheme,
  CONNECT_DEVICES,
  CONNECT_FRAME_MESSAGES,
  CONNECT_PATHS,
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
export { readResumeTaken, RESUME_CHANNEL, resumeTakenMessage } from "./moneykit/resume-channel.js";
export {
  type LinkEvent,
  type LinkEventMeta,
  type LinkEventName,
  LINK_EVENT_NAMES,
  LINK_SCREENS,
  type LinkScreen,
  type LinkType,
  readLinkEvent,
} from "./moneykit/link-event.js";
export { type LinkExitError, readLinkExitError } from "./moneykit/link-exit-error.js";
export { readTransportMessage, serializedError, TRANSPORT_NAMESPACE, type TransportMessage } from "./transport.js";
export {
  type Asset,
  type AssetAmount,
  type Fees,
  type Limit,
  type Limits,
  type PaymentDisclosure,
  type PaymentMethodConfig,
  type PaymentMethods,
  type PlatformApiError,
  type Quote,
  type StoredPaymentMethod,
  type Transaction,
  type TransactionPage,
  type TransactionStage,
  type Wallet,
} from "./moonpay/platform-api-types.js";
export { readPaymentMethods, readPlatformApiError, readQuote, readTransaction, readTransactionPage } from "./moonpay/platform-api.js";
