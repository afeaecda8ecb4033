import { isPlainRecord, own, type Reader, readHttpUrl, readString } from "../read.js";
import { type LinkedInstitution, readLinkedInstitution } from "./institution.js";
import { type LinkExitError, readLinkExitError } from "./link-exit-error.js";

// MoneyKit Connect's own protocol, as the published launcher
// (`@moneykit/connect` 0.3.28) speaks it: Connect is an iframe at
// `{host}/start`, `/relink` or `/continue` with its parameters in the query,
// and every message, both ways, is an object `{ moneykit: true, type, data }`
// (`link.resume` carries `eventData` instead).

/** Connect's paths on its host, by what the page asked for. */
export const CONNECT_PATHS = { link: "/start", relink: "/relink", continue: "/continue" } as const;

/** The launcher version this package is a drop-in for, sent as `launcherVersion`. */
export const LAUNCHER_VERSION = "0.3.28";

export const COLOR_SCHEMES = ["light", "dark", "auto"] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

export const CONNECT_DEVICES = ["mobile", "desktop", "mobile-playground"] as const;
export type ConnectDevice = (typeof CONNECT_DEVICES)[number];

const none: Reader<null> = (value) =>
  value === undefined || value === null || isPlainRecord(value) ? null : undefined;

/** What `onLinkEvent` receives: the event record as Connect sends it, copied to plain data (own keys, bounded). */
export type ConnectEventRecord = Record<string, unknown>;

/** A JSON-like copy of `value`: own enumerable keys only, no prototypes, bounded in depth and size; `undefined` if it is not. */
export function readPlainData(value: unknown): unknown {
  return plainCopy(value, 0);
}

function plainCopy(value: unknown, depth: number): unknown {
  if (value === null || typeof value === "boolean" || typeof value === "string")
    return typeof value === "string" && value.length > 8192 ? undefined : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (depth > 6) return undefined;
  if (Array.isArray(value)) {
    if (value.length > 256) return undefined;
    const items = value.map((item) => plainCopy(item, depth + 1));
    return items.includes(undefined) ? undefined : items;
  }
  if (!isPlainRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length > 64) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") return undefined;
    const item = plainCopy(value[key], depth + 1);
    if (item === undefined) return undefined;
    out[key] = item;
  }
  return out;
}

const readEventRecord: Reader<ConnectEventRecord> = (value) => {
  const data = readPlainData(value);
  return isPlainRecord(data) ? data : undefined;
};

const readLinkComplete: Reader<{ exchangeableToken: string; institution: LinkedInstitution; link_id: string }> = (
  value,
) => {
  if (!isPlainRecord(value)) return undefined;
  const exchangeableToken = readString(own(value, "exchangeableToken"));
  const institution = readLinkedInstitution(own(value, "institution"));
  const link_id = readString(own(value, "link_id")) ?? "";
  return exchangeableToken && institution ? { exchangeableToken, institution, link_id } : undefined;
};

const readRelinkComplete: Reader<{ institution: LinkedInstitution; link_id: string }> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const institution = readLinkedInstitution(own(value, "institution"));
  return institution ? { institution, link_id: readString(own(value, "link_id")) ?? "" } : undefined;
};

const readExit: Reader<{ error: LinkExitError | null }> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const error = own(value, "error");
  if (error === null || error === undefined) return { error: null };
  const read = readLinkExitError(error);
  return read ? { error: read } : undefined;
};

/** Connect → page. */
export const CONNECT_FRAME_MESSAGES = {
  "connect.started": none,
  "link.complete": readLinkComplete,
  "relink.complete": readRelinkComplete,
  "link.exit": readExit,
  "link.event": readEventRecord,
  "link.close_oauth": none,
};

const readColorScheme: Reader<{ colorScheme: ColorScheme }> = (value) => {
  const scheme = isPlainRecord(value) ? own(value, "colorScheme") : undefined;
  return typeof scheme === "string" && (COLOR_SCHEMES as readonly string[]).includes(scheme)
    ? { colorScheme: scheme as ColorScheme }
    : undefined;
};

const readTheme: Reader<{ theme: Record<string, unknown> }> = (value) => {
  const theme = isPlainRecord(value) ? readPlainData(own(value, "theme")) : undefined;
  return isPlainRecord(theme) ? { theme } : undefined;
};

/** Page → Connect: the colour scheme and theme after `connect.started`. */
export const LAUNCHER_MESSAGES = {
  "connect.set_color_scheme": readColorScheme,
  "connect.set_theme": readTheme,
};

type Payload<R> = R extends Reader<infer T> ? T : never;
type MessageOf<T extends Readonly<Record<string, Reader<unknown>>>> = {
  [K in keyof T & string]: { readonly type: K; readonly data: Payload<T[K]> };
}[keyof T & string];

export type ConnectFrameMessage = MessageOf<typeof CONNECT_FRAME_MESSAGES>;
export type LauncherMessage = MessageOf<typeof LAUNCHER_MESSAGES>;

/** Reads `{ moneykit: true, type, data }` of one of the table's types; anything else is `undefined`. */
export function readConnectMessage<T extends Readonly<Record<string, Reader<unknown>>>>(
  table: T,
  value: unknown,
): MessageOf<T> | undefined {
  if (!isPlainRecord(value) || own(value, "moneykit") !== true) return undefined;
  const type = own(value, "type");
  const reader = typeof type === "string" && Object.hasOwn(table, type) ? table[type] : undefined;
  const data = reader?.(own(value, "data"));
  return data === undefined ? undefined : ({ type, data } as MessageOf<T>);
}

/** A message of Connect's protocol, as either side posts it. */
export function connectMessage(type: string, data?: unknown): Record<string, unknown> {
  return { moneykit: true, type, ...(data === undefined ? {} : { data }) };
}

/**
 * The OAuth redirect page → Connect (its `window.opener`): the bank's
 * redirect URL. The launcher names the field `eventData`, not `data`.
 */
export function resumeMessage(redirectURL: string): Record<string, unknown> {
  return { moneykit: true, type: "link.resume", eventData: { redirectURL } };
}

/** Reads a `link.resume`, on Connect's side, as the launcher sends it. */
export function readResumeMessage(value: unknown): { redirectURL: string } | undefined {
  if (!isPlainRecord(value) || own(value, "moneykit") !== true || own(value, "type") !== "link.resume")
    return undefined;
  const eventData = own(value, "eventData");
  const redirectURL = isPlainRecord(eventData) ? readString(own(eventData, "redirectURL")) : undefined;
  const url = readHttpUrl(redirectURL);
  return url ? { redirectURL: url } : undefined;
}

/**
 * Reads a `demo.link.event` (MoneyKit's demo app, for `__onDemoEvent`): 0.3.28
 * accepts it marked `moneykit: true` or `__moneykitDemo`; its event record, or `undefined`.
 */
export function readDemoEvent(value: unknown): ConnectEventRecord | undefined {
  if (!isPlainRecord(value) || own(value, "type") !== "demo.link.event") return undefined;
  if (own(value, "moneykit") !== true && own(value, "__moneykitDemo") !== true) return undefined;
  return readEventRecord(own(value, "data"));
}
