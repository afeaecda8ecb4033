import type { LinkExitError } from "@framelink/protocol";

/**
 * `error_id`s the SDK itself reports through `onLinkExit` (where 0.3.28
 * throws or hangs). Connect (the frame) reports others; both lists are in the
 * package README.
 */
export const ExitErrorId = {
  /** The constructor's options were wrong; `displayed_message` says how. */
  InvalidOptions: "invalid_options",
  /** The link session token is missing or malformed. */
  InvalidLinkSessionToken: "invalid_link_session_token",
  /** `continue()` got something that is not an http(s) URL. */
  InvalidRedirectUrl: "invalid_redirect_url",
  /** `__connectSDKUIHost`, or the URL given to `continue()`, is `http:` on a host that is not loopback: refused, so that no token travels in the clear. */
  InsecureUrl: "insecure_url",
  /** No element has the `containerID` (0.3.28 throws). */
  ContainerNotFound: "container_not_found",
  /** `link`, `relink` or `continue` while Connect is open; nothing is stacked. */
  ConnectAlreadyOpen: "connect_already_open",
  /** Called where there is no DOM (server-side rendering). */
  NoDocument: "no_document",
  /** Connect did not send `connect.started` in `startTimeoutMs` (host unreachable, or this page's origin not allowed). */
  StartTimeout: "connect_start_timeout",
  /** A part of the SDK could not be loaded (network, or an SRI mismatch in the script-tag build). */
  LoadFailed: "sdk_load_failed",
} as const;

export type ExitErrorId = (typeof ExitErrorId)[keyof typeof ExitErrorId];

/** An error that arose in the browser: no request reached Connect, so no request id. */
export function exitError(error_id: ExitErrorId, displayed_message: string): LinkExitError {
  return { error_id, displayed_message, request_id: null };
}
