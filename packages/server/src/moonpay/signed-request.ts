import { type KeyObject, sign } from "node:crypto";

export type QueryValue = string | number | undefined | null;

/**
 * The query string of a Virtual Accounts request, in the order given, with
 * empty values left out, every name and value escaped by `escapeComponent`.
 * Throws a `URIError` for a string that is not well-formed Unicode (a lone
 * surrogate), as `encodeURIComponent` does; the client refuses those first.
 */
export function buildQueryString(params: readonly (readonly [string, QueryValue])[]): string {
  return params
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([name, value]) => `${escapeComponent(name)}=${escapeComponent(String(value))}`)
    .join("&");
}

/**
 * RFC 3986 escaping: every UTF-8 byte but the unreserved `A–Z a–z 0–9 - . _ ~`
 * as `%XX`. `encodeURIComponent` leaves `!'()*` as they are, and the URL
 * parser under `fetch` escapes `'` as `%27`: with `encodeURIComponent`
 * alone, the signature would cover other bytes than the request line
 * carries. The URL parser leaves
 * unreserved characters and `%XX` alone, so this output goes out unchanged.
 */
function escapeComponent(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** As MoonPay's Virtual Accounts API documents it: the payload is `{path}?{queryString}`, signed RSA-SHA256, base64, in `x-signature`. */
export function signPayload(payload: string, privateKey: KeyObject): string {
  return sign("sha256", Buffer.from(payload, "utf8"), privateKey).toString("base64");
}

/**
 * A signed Virtual Accounts request: `apiKey` and `timestamp` (milliseconds)
 * first, then the call's own parameters. The request target is built once,
 * and that one string is both what is signed and how the URL ends, so what
 * is signed is what is sent. `path` goes as given: the client's are constants
 * of unreserved characters and `/`. A path prefix of `baseUrl` (a proxy's)
 * is not signed: the API verifies the target it receives once the proxy has
 * stripped it.
 */
export function signedRequest(
  baseUrl: string,
  path: string,
  apiKey: string,
  params: readonly (readonly [string, QueryValue])[],
  privateKey: KeyObject,
  now: number,
) {
  const target = `${path}?${buildQueryString([["apiKey", apiKey], ["timestamp", now], ...params])}`;
  return {
    method: "GET" as const,
    url: `${baseUrl}${target}`,
    headers: { "x-signature": signPayload(target, privateKey), "Content-Type": "application/json" },
  };
}
