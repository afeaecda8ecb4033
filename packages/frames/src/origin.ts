/**
 * The exact origin of an `http:` or `https:` URL given as a bare origin
 * (`https://host[:port]`, no path, query, credentials or fragment), or
 * `undefined`. Anything looser would let a typo widen the allowlist.
 */
export function parseFrameOrigin(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  if (url.pathname !== "/") return undefined;
  return url.origin;
}
