import { type KeyObject, sign } from "node:crypto";

export type QueryValue = string | number | undefined | null;

/**
 * The query string of a Virtual Accounts request, in the order given, with
 * empty values left out. The signature is made over exactly these bytes and
 * the URL is made of exactly these bytes: one function builds both.
 */
export function buildQueryString(params: readonly (readonly [string, QueryValue])[]): string {
  return params
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join("&");
}

/** Seed 002: the payload is `{path}?{queryString}`, signed RSA-SHA256, base64, in `x-signature`. */
export function signPayload(payload: string, privateKey: KeyObject): string {
  return sign("sha256", Buffer.from(payload, "utf8"), privateKey).toString("base64");
}

/**
 * A signed Virtual Accounts request: `apiKey` and `timestamp` (milliseconds)
 * first, then the call's own parameters.
 */
export function signedRequest(
  baseUrl: string,
  path: string,
  apiKey: string,
  params: readonly (readonly [string, QueryValue])[],
  privateKey: KeyObject,
  now: number,
) {
  const payload = `${path}?${buildQueryString([["apiKey", apiKey], ["timestamp", now], ...params])}`;
  return {
    method: "GET" as const,
    url: `${baseUrl}${payload}`,
    headers: { "x-signature": signPayload(payload, privateKey), "Content-Type": "application/json" },
  };
}
