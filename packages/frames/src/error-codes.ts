/**
 * Every error code a Framelink browser package can report. Codes are part of
 * the public contract (semver); messages are for people and may change.
 * Each code is documented in the README of the package that reports it;
 * docs/error-codes.md, generated from the comments below, lists them all.
 */
export const ErrorCode = {
  /** The session or link token is missing or not shaped like one. */
  InvalidSessionToken: "invalidSessionToken",
  /** An option has the wrong type or value (e.g. a `frameBaseUrl` that is not an origin). */
  InvalidOptions: "invalidOptions",
  /** A URL where tokens or credentials would go (`frameBaseUrl`, `apiBaseUrl`) is `http:` on a host that is not loopback: only `https:` is allowed, and `http:` on `localhost`, `*.localhost`, `127.0.0.0/8` and `[::1]`. */
  InsecureUrl: "insecureUrl",
  /** The container is missing, not an element, or not attached to the document. */
  InvalidContainer: "invalidContainer",
  /** There is no DOM here (server-side rendering, a worker). */
  NoDocument: "noDocument",
  /** The frame did not complete the handshake in time: the frame host is unreachable, slow, or refused this page. */
  HandshakeTimeout: "handshakeTimeout",
  /** The frame did not answer a call in time. */
  CallTimeout: "callTimeout",
  /** The channel to the frame broke (the frame navigated away, was removed, or a call could not be delivered). */
  ChannelFailed: "channelFailed",
  /** The frame answered with something that is not a message of the protocol. */
  InvalidMessage: "invalidMessage",
  /** This browser cannot do what the vendor's protocol needs (MoonPay: Web Crypto, which a page that is not a secure context lacks); see the package README's support table. */
  UnsupportedBrowser: "unsupportedBrowser",
  /** Credentials sealed by the frame could not be opened with this client's key. */
  DecryptionFailed: "decryptionFailed",
  /** The client or frame was disposed before the operation finished. */
  Disposed: "disposed",
  /** A frame of this kind is already open for this client. */
  AlreadyOpen: "alreadyOpen",
  /** The frame reported an error of its own: the frame's `code` and `message` are in `frameError`. */
  FrameError: "frameError",
  /** The operation needs a client token the check did not give (the customer's status does not allow connecting). */
  NoClientToken: "noClientToken",
  /** The call needs authenticated credentials, and the client has none (connect the customer first). */
  NoActiveSession: "noActiveSession",
  /** The credentials' `expiresAt` has passed: check or connect again. */
  CredentialsExpired: "credentialsExpired",
  /** The API refused the credentials (401). */
  Unauthorized: "unauthorized",
  /** The API refused the call for these credentials (403). */
  Forbidden: "forbidden",
  /** The API has no such object (404). */
  NotFound: "notFound",
  /** The API refused the request as invalid (4xx). */
  InvalidRequest: "invalidRequest",
  /** The API refused the call for its rate limit (429: MoonPay allows 30 requests a second). */
  RateLimited: "rateLimited",
  /** The API could not be reached or failed (network, 5xx, or no answer in time). */
  RequestFailed: "requestFailed",
  /** The caller's `AbortSignal` aborted. */
  Aborted: "aborted",
  /** A part of the SDK loaded on first use (e.g. the MoonPay payment calls) could not be loaded: network, or a file whose SRI hash did not match. */
  LoadFailed: "loadFailed",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
