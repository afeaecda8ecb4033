import { isPlainRecord, own, type Reader, readOneOf, readString } from "../read.js";

/**
 * Every event Connect reports through `onLinkEvent`, in the order a user
 * meets them. `properties` per name:
 * - `screen_viewed`: `{ screen }`, one of `LINK_SCREENS`
 * - `consent_accepted`: `{}`
 * - `institution_searched`: `{ query }`
 * - `institution_selected`: `{ institution_id }`
 * - `credentials_submitted`: `{}`
 * - `mfa_requested`: `{}`; `mfa_submitted`: `{}`
 * - `oauth_opened`: `{ presentation }` (`popup` | `tab` | `redirect`)
 * - `oauth_returned`: `{ outcome }` (`approved` | `denied`)
 * - `accounts_selected`: `{ count }`
 * - `error`: `{ error_id }`
 * - `exit`: `{ reason }` (`user_closed` | `error`)
 * - `success`: `{}`
 */
export const LINK_EVENT_NAMES = [
  "screen_viewed",
  "consent_accepted",
  "institution_searched",
  "institution_selected",
  "credentials_submitted",
  "mfa_requested",
  "mfa_submitted",
  "oauth_opened",
  "oauth_returned",
  "accounts_selected",
  "error",
  "exit",
  "success",
] as const;

export type LinkEventName = (typeof LINK_EVENT_NAMES)[number];

export const LINK_SCREENS = [
  "consent",
  "institution_search",
  "login",
  "mfa",
  "oauth",
  "account_selection",
  "success",
  "error",
] as const;

export type LinkScreen = (typeof LINK_SCREENS)[number];
export type LinkType = "link" | "relink";

export interface LinkEventMeta {
  readonly link_type: LinkType;
  /** ISO 8601. */
  readonly timestamp: string;
  /** The link session's id: not its token, safe to log. */
  readonly link_session_id: string;
  readonly institution_id?: string;
  readonly institution_name?: string;
}

export interface LinkEvent {
  readonly name: LinkEventName;
  /** Flat: string, number and boolean values only. */
  readonly properties: Readonly<Record<string, string | number | boolean>>;
  readonly meta: LinkEventMeta;
}

const readName = readOneOf(LINK_EVENT_NAMES);
const readLinkType = readOneOf(["link", "relink"] as const);

function readProperties(value: unknown): Record<string, string | number | boolean> | undefined {
  if (!isPlainRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length > 16) return undefined;
  const out: Record<string, string | number | boolean> = {};
  for (const key of keys) {
    if (key === "__proto__" || key === "constructor" || key === "prototype" || key.length > 64) return undefined;
    const item = value[key];
    if (typeof item === "boolean" || (typeof item === "number" && Number.isFinite(item))) out[key] = item;
    else if (typeof item === "string" && item.length <= 256) out[key] = item;
    else return undefined;
  }
  return out;
}

export const readLinkEvent: Reader<LinkEvent> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const name = readName(own(value, "name"));
  const properties = readProperties(own(value, "properties"));
  const meta = own(value, "meta");
  if (!name || !properties || !isPlainRecord(meta)) return undefined;
  const link_type = readLinkType(own(meta, "link_type"));
  const timestamp = readString(own(meta, "timestamp"));
  const link_session_id = readString(own(meta, "link_session_id"));
  if (!link_type || !timestamp || !link_session_id) return undefined;
  const institution_id = readString(own(meta, "institution_id"));
  const institution_name = readString(own(meta, "institution_name"));
  return {
    name,
    properties,
    meta: {
      link_type,
      timestamp,
      link_session_id,
      ...(institution_id ? { institution_id } : {}),
      ...(institution_name ? { institution_name } : {}),
    },
  };
};
