import type { LinkExitError } from "@framelink/protocol";

/**
 * `error_id`s the SDK itself reports through `onLinkExit`. Connect (the
 * frame) reports others; both lists are in the package README.
 */
export const ExitErrorId = {
  InvalidOptions: "invalid_options",
  InvalidLinkSessionToken: "invalid_link_session_token",
  InvalidRedirectUrl: "invalid_redirect_url",
  ContainerNotFound: "container_not_found",
  ConnectAlreadyOpen: "connect_already_open",
  NoDocument: "no_document",
  HandshakeTimeout: "handshake_timeout",
  CallTimeout: "call_timeout",
  ChannelFailed: "channel_failed",
  OAuthWindowClosed: "oauth_window_closed",
  OAuthTimeout: "oauth_timeout",
} as const;

export type ExitErrorId = (typeof ExitErrorId)[keyof typeof ExitErrorId];

/** An error that arose in the browser: no request reached the frame host, so no request id. */
export function exitError(error_id: ExitErrorId, displayed_message: string): LinkExitError {
  return { error_id, displayed_message, request_id: null };
}
