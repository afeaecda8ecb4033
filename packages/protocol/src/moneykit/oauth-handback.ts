import type { Envelope } from "../envelope.js";
import { parseEnvelope } from "../parse-envelope.js";
import { readRedirectPayload } from "./connect-frame.js";

/**
 * The same-origin BroadcastChannel on which a popup or tab that landed on the
 * `redirect_uri` hands the URL back to the page running Connect, when the
 * opener link was severed (e.g. by the bank's Cross-Origin-Opener-Policy).
 */
export const OAUTH_HANDBACK_CHANNEL = "framelink.moneykit.oauth";

/**
 * Merchant page (in the popup) → merchant page (running Connect), over
 * `window.opener.postMessage` to its own origin and over the BroadcastChannel.
 * `meta.channelId` is the OAuth `state` of the redirect URL, so only the page
 * waiting for that state takes it.
 */
export type OAuthHandback = Envelope<"oauthHandback", { readonly redirectUrl: string }>;
/** The page running Connect took the URL: the popup may close. */
export type OAuthHandbackAck = Envelope<"oauthHandbackAck", null>;

export function parseOAuthHandback(value: unknown, state: string): OAuthHandback | undefined {
  return parseEnvelope<OAuthHandback>(value, state, { oauthHandback: readRedirectPayload });
}

export function parseOAuthHandbackAck(value: unknown, state: string): OAuthHandbackAck | undefined {
  return parseEnvelope<OAuthHandbackAck>(value, state, {
    oauthHandbackAck: (payload) => (payload === null ? null : undefined),
  });
}
