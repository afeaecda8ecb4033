export { type Envelope, envelope, PROTOCOL_VERSION } from "./envelope.js";
export { isPlainRecord, MAX_STRING_LENGTH, type Reader } from "./read.js";
export { parseStarted, type Started } from "./started.js";
export {
  CONNECTION_STATUSES,
  type ConnectionStatus,
  readWireConnection,
  readWireCredentials,
  STATUSES_WITH_CREDENTIALS,
  type WireConnection,
  type WireCredentials,
} from "./moonpay/connection.js";
export {
  FIELD_ERROR_CODES,
  type FieldError,
  type FieldErrorCode,
  type FrameErrorPayload,
} from "./moonpay/frame-error.js";
export {
  CHECK_FRAME_PATH,
  type CheckFrameMethods,
  type CheckReply,
  type CheckRequest,
  parseCheckReply,
  parseCheckRequest,
} from "./moonpay/check-frame.js";
export {
  type Appearance,
  APPEARANCES,
  CONNECT_FRAME_PATH,
  type ConnectFrameEvent,
  type ConnectFrameMethods,
  type ConnectParentMethods,
  type ConnectStart,
  type ConnectStarted,
  parseConnectFrameEvent,
  parseConnectStart,
  parseConnectStarted,
} from "./moonpay/connect-frame.js";
export { readPublicKey } from "./moonpay/public-key.js";
export { SEALED_BOX } from "./moonpay/sealed-box.js";
export {
  ACCOUNT_TYPES,
  type AccountType,
  type LinkedInstitution,
  readLinkedInstitution,
  type SelectedAccount,
  type TrackedScreen,
} from "./moneykit/institution.js";
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
export {
  LINK_MODES,
  type LinkFrameEvent,
  type LinkFrameMethods,
  type LinkMode,
  type LinkParentMethods,
  type LinkStart,
  type LinkStarted,
  MONEYKIT_CONNECT_PATH,
  OAUTH_PRESENTATIONS,
  type OAuthOpened,
  type OAuthOpenRequest,
  type OAuthPresentation,
  type OAuthReturn,
  parseLinkFrameEvent,
  parseLinkStart,
  parseLinkStarted,
  parseOAuthOpened,
  parseOAuthOpenRequest,
  parseOAuthReturn,
  readHttpUrl,
} from "./moneykit/connect-frame.js";
export {
  OAUTH_HANDBACK_CHANNEL,
  type OAuthHandback,
  type OAuthHandbackAck,
  parseOAuthHandback,
  parseOAuthHandbackAck,
} from "./moneykit/oauth-handback.js";
export {
  APPLE_PAY_FRAME_PATH,
  type ApplePayFrameEvent,
  type ApplePayFrameMethods,
  CHALLENGE_FRAME_PATH,
  type ChallengeFrameEvent,
  type ChallengeFrameMethods,
  type FrameTransaction,
  PAYMENT_ERROR_CODES,
  type PaymentErrorCode,
  type PaymentErrorPayload,
  type PaymentParentMethods,
  type PaymentStart,
  type PaymentStarted,
  parseApplePayFrameEvent,
  parseChallengeFrameEvent,
  parsePaymentStart,
  parsePaymentStarted,
  parseQuoteSet,
  parseResetDone,
  parseResetRequest,
  parseSetQuote,
  type QuoteSet,
  readFrameTransaction,
  RESET_FRAME_PATH,
  type ResetDone,
  type ResetFrameMethods,
  type ResetRequest,
  type SetQuote,
} from "./moonpay/payment-frames.js";
export { readTransportMessage, serializedError, TRANSPORT_NAMESPACE, type TransportMessage } from "./transport.js";
