// Finds issued secrets in text (a URL, a header, a storage dump, a console
// line). Every secret the mock host issues has a recognisable shape, so the
// scan looks for those shapes and checks each hit against what was issued,
// instead of searching thousands of secrets in every string.

const SHAPES = [
  /\b(?:ct_anon|ct|at|lst|ex|mk_at|mkh|fs|code)_[A-Za-z0-9_-]{20,}/g,
  // Session tokens: base64 of `sst_…`.
  /c3N0X[A-Za-z0-9+/]{16,}={0,2}/g,
  /\b(?:sk_test_[A-Za-z0-9_]+|mk_test_secret)\b/g,
];

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

export interface Issued {
  readonly secrets: ReadonlySet<string>;
  readonly oauthCodes: ReadonlySet<string>;
}

/** The issued secrets (and, with `codes`, OAuth codes) that appear in `text`. */
export function findSecrets(text: string, issued: Issued, codes = true): string[] {
  const found = new Set<string>();
  for (const variant of [text, decoded(text)]) {
    for (const shape of SHAPES) {
      for (const [hit] of variant.matchAll(shape)) {
        if (issued.secrets.has(hit) || (codes && issued.oauthCodes.has(hit))) found.add(hit);
      }
    }
  }
  return [...found];
}

/** MoonPay's frames, whose URLs carry tokens because MoonPay's protocol puts them there. */
const MOONPAY_FRAME_PATH =
  /^\/platform\/v1\/(?:check-connection|connect|apple-pay|google-pay|buy|buy-button|widget|challenge|reset)$/;
/** MoneyKit Connect's pages, whose URLs carry the link session token because MoneyKit's launcher puts it there. */
const MONEYKIT_CONNECT_PATH = /^\/(?:start|relink|continue)$/;
/** Which token each frame's URL may carry: the session token the check frame's only, the link session token Connect's, the client token MoonPay's others'. */
const tokenParameterOf = (pathname: string) =>
  pathname.endsWith("/check-connection")
    ? "sessionToken"
    : MONEYKIT_CONNECT_PATH.test(pathname)
      ? "linkSessionToken"
      : "clientToken";

function pathOf(text: string): string | undefined {
  try {
    return new URL(text).pathname;
  } catch {
    return undefined;
  }
}

/** Whether `text` is the URL of a vendor frame whose protocol puts a token in its query: MoonPay's frames, MoneyKit Connect. */
export function isTokenFrameUrl(text: string): boolean {
  const path = pathOf(text) ?? "";
  return MOONPAY_FRAME_PATH.test(path) || MONEYKIT_CONNECT_PATH.test(path);
}

/**
 * The one place a token may be: a vendor frame's `src`, in the query
 * parameter the protocol names for that frame. This strips that parameter
 * from such a URL, so that a scan of what is left still finds a token anywhere else
 * (another parameter, the path, a fragment); any other URL is returned as it is.
 */
export function withoutFrameTokens(text: string): string {
  if (!isTokenFrameUrl(text)) return text;
  const url = new URL(text);
  url.searchParams.delete(tokenParameterOf(url.pathname));
  return url.href;
}
