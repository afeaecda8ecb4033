import type { LinkExitError } from "@framelink/protocol";

/**
 * `error_id`s the SDK itself reports through `onLinkExit`. Connect (the
 * frame) reports others; both lists are in the package README.
 */
export const ExitErrorId = {
  /** The constructor's options were wrong; `displayed_message` says how. */
  InvalidOptions: "invalid_options",
  /** The link session token is missing or malformed (Connect also reports it for an unknown or ended session). */
  InvalidLinkSessionToken: "invalid_link_session_token",
  /** `continue()` got something that is not an http(s) URL with a `state`. */
  InvalidRedirectUrl: "invalid_redirect_url",
  /** No element has the `containerID`. */
  ContainerNotFound: "container_not_found",
  /** `link`, `relink` or `continue` while Connect is open; nothing is stacked. */
  ConnectAlreadyOpen: "connect_already_open",
  /** Called where there is no DOM (server-side rendering). */
  NoDocument: "no_document",
  /** Connect did not load and answer in `handshakeTimeoutMs` (host unreachable, or this page's origin not allowed). */
  HandshakeTimeout: "handshake_timeout",
  /** Connect did not answer a call in `callTimeoutMs`. */
  CallTimeout: "call_timeout",
  /** The channel to Connect broke. */
  ChannelFailed: "channel_failed",
  /** The bank's popup or tab was closed before the bank answered (after `oauthClosedGraceMs`). */
  OAuthWindowClosed: "oauth_window_closed",
  /** The bank login took longer than `oauthTimeoutMs`. */
  OAuthTimeout: "oauth_timeout",
  /** The part of the SDK that opens the bank's window could not be loaded (network, or an SRI mismatch in the script-tag build). */
  LoadFailed: "sdk_load_failed",
} as const;

export type ExitErrorId = (typeof ExitErrorId)[keyof typeof ExitErrorId];

/** An error that arose in the browser: no request reached the frame host, so no request id. */
export function exitError(error_id: ExitErrorId, displayed_message: string): LinkExitError {
  return { error_id, displayed_message, request_id: null };
}
