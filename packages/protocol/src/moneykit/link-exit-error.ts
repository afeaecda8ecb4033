import { isPlainRecord, own, type Reader, readString } from "../read.js";

/** What `onLinkExit` receives when Connect ended because of an error (MoneyKit's Connect for Web docs). */
export interface LinkExitError {
  /** A stable code, e.g. `oauth_denied`; see the MoneyKit package README for the list. */
  readonly error_id: string;
  /** Safe to show to the user. */
  readonly displayed_message: string;
  /** The frame host's request id, for support; `null` when the error arose in the browser. */
  readonly request_id: string | null;
}

export const readLinkExitError: Reader<LinkExitError> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const error_id = readString(own(value, "error_id"));
  const displayed_message = readString(own(value, "displayed_message"));
  const requestId = own(value, "request_id");
  const request_id = requestId === null ? null : readString(requestId);
  if (!error_id || !displayed_message || request_id === undefined) return undefined;
  return { error_id, displayed_message, request_id };
};
