/**
 * A frame's URL: the frame host, the frame's path, its channel id and the
 * vendor's other query parameters, in that order. Where these carry tokens
 * (MoonPay's frames take them in the URL), the frame page's own
 * `Referrer-Policy` keeps them out of its requests' `Referer`: a page's
 * policy, not the iframe's attribute, governs the requests the page makes.
 */
export function frameUrl(
  frameOrigin: string,
  path: string,
  channelId: string,
  extra: Readonly<Record<string, string>> = {},
): URL {
  const url = new URL(path, frameOrigin);
  url.searchParams.set("channelId", channelId);
  for (const [name, value] of Object.entries(extra)) url.searchParams.set(name, value);
  return url;
}
