import type { Envelope } from "../envelope.js";
import { parseEnvelope } from "../parse-envelope.js";
import { parseStarted, type Started } from "../started.js";
import { isPlainRecord, own, readNull, readOneOf, readString, type Reader } from "../read.js";
import { type LinkedInstitution, readLinkedInstitution } from "./institution.js";
import { type LinkEvent, readLinkEvent } from "./link-event.js";
import { type LinkExitError, readLinkExitError } from "./link-exit-error.js";

/** Path of MoneyKit Connect on the frame host. */
export const MONEYKIT_CONNECT_PATH = "/moneykit/connect";

/** How the bank's OAuth page is shown: a popup, a new tab (iOS Safari), or the top window itself (webviews). */
export const OAUTH_PRESENTATIONS = ["popup", "tab", "redirect"] as const;
export type OAuthPresentation = (typeof OAUTH_PRESENTATIONS)[number];

export const LINK_MODES = ["link", "relink", "continue"] as const;
export type LinkMode = (typeof LINK_MODES)[number];

/**
 * Parent → Connect, once after the handshake. `link` and `relink` carry the
 * link session token; `continue` carries the URL the bank redirected to
 * (its `state` names the link in progress, kept by the frame host).
 */
export type LinkStart = Envelope<
  "start",
  | {
      readonly mode: "link" | "relink";
      readonly linkSessionToken: string;
      readonly applicationName?: string;
      readonly appearance?: "light" | "dark";
    }
  | {
      readonly mode: "continue";
      readonly redirectUrl: string;
      readonly applicationName?: string;
      readonly appearance?: "light" | "dark";
    }
>;

export type LinkStarted = Started;

/** Parent → Connect: the bank redirected back (the popup or tab handed its URL over). */
export type OAuthReturn = Envelope<"oauthReturn", { readonly redirectUrl: string }>;

/** Connect → parent: please show the bank's OAuth page. The parent answers with the presentation it used. */
export type OAuthOpenRequest = Envelope<"openOAuth", { readonly url: string }>;
export type OAuthOpened = Envelope<"oauthOpened", { readonly presentation: OAuthPresentation }>;

/** Connect → parent, through `emit`. */
export type LinkFrameEvent =
  | Envelope<"event", LinkEvent>
  | Envelope<"success", { readonly exchangeableToken: string; readonly institution: LinkedInstitution }>
  | Envelope<"exit", { readonly error: LinkExitError | null }>;

export type LinkFrameMethods = {
  start(request: LinkStart): Promise<LinkStarted>;
  oauthReturn(request: OAuthReturn): Promise<null>;
};

export type LinkParentMethods = {
  emit(event: LinkFrameEvent): void;
  openOAuth(request: OAuthOpenRequest): OAuthOpened | Promise<OAuthOpened>;
};

const readMode = readOneOf(LINK_MODES);
const readAppearance = readOneOf(["light", "dark"] as const);

/** An absolute http(s) URL, as a string. */
export const readHttpUrl: Reader<string> = (value) => {
  const text = readString(value);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/** A payload that is just `{ redirectUrl }`, the URL the bank redirected to. */
export const readRedirectPayload: Reader<{ redirectUrl: string }> = (payload) => {
  if (!isPlainRecord(payload)) return undefined;
  const redirectUrl = readHttpUrl(own(payload, "redirectUrl"));
  return redirectUrl ? { redirectUrl } : undefined;
};

export function parseLinkStart(value: unknown, channelId: string): LinkStart | undefined {
  return parseEnvelope<LinkStart>(value, channelId, {
    start: (payload) => {
      if (!isPlainRecord(payload)) return undefined;
      const mode = readMode(own(payload, "mode"));
      const extras: { applicationName?: string; appearance?: "light" | "dark" } = {};
      if (Object.hasOwn(payload, "applicationName")) {
        const applicationName = readString(own(payload, "applicationName"));
        if (!applicationName || applicationName.length > 64) return undefined;
        extras.applicationName = applicationName;
      }
      if (Object.hasOwn(payload, "appearance")) {
        const appearance = readAppearance(own(payload, "appearance"));
        if (!appearance) return undefined;
        extras.appearance = appearance;
      }
      if (mode === "continue") {
        const redirectUrl = readHttpUrl(own(payload, "redirectUrl"));
        return redirectUrl ? { mode, redirectUrl, ...extras } : undefined;
      }
      const linkSessionToken = readString(own(payload, "linkSessionToken"));
      return mode && linkSessionToken ? { mode, linkSessionToken, ...extras } : undefined;
    },
  });
}

export const parseLinkStarted = parseStarted;

export function parseOAuthReturn(value: unknown, channelId: string): OAuthReturn | undefined {
  return parseEnvelope<OAuthReturn>(value, channelId, { oauthReturn: readRedirectPayload });
}

export function parseOAuthOpenRequest(value: unknown, channelId: string): OAuthOpenRequest | undefined {
  return parseEnvelope<OAuthOpenRequest>(value, channelId, {
    openOAuth: (payload) => {
      if (!isPlainRecord(payload)) return undefined;
      const url = readHttpUrl(own(payload, "url"));
      return url ? { url } : undefined;
    },
  });
}

export function parseOAuthOpened(value: unknown, channelId: string): OAuthOpened | undefined {
  return parseEnvelope<OAuthOpened>(value, channelId, {
    oauthOpened: (payload) => {
      if (!isPlainRecord(payload)) return undefined;
      const presentation = readOneOf(OAUTH_PRESENTATIONS)(own(payload, "presentation"));
      return presentation ? { presentation } : undefined;
    },
  });
}

export function parseLinkFrameEvent(value: unknown, channelId: string): LinkFrameEvent | undefined {
  return parseEnvelope<LinkFrameEvent>(value, channelId, {
    event: readLinkEvent,
    success: (payload) => {
      if (!isPlainRecord(payload)) return undefined;
      const exchangeableToken = readString(own(payload, "exchangeableToken"));
      const institution = readLinkedInstitution(own(payload, "institution"));
      return exchangeableToken && institution ? { exchangeableToken, institution } : undefined;
    },
    exit: (payload) => {
      if (!isPlainRecord(payload)) return undefined;
      const error = own(payload, "error");
      if (error === null) return { error: null };
      const parsed = readLinkExitError(error);
      return parsed ? { error: parsed } : undefined;
    },
  });
}
