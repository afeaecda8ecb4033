/**
 * A frame's URL: the frame host, the frame's path and its channel id. Only
 * the channel id goes in the URL; tokens go over the channel after the
 * handshake, so they never reach logs, history or `Referer` headers.
 */
export function frameUrl(frameOrigin: string, path: string, channelId: string, extra: Readonly<Record<string, string>> = {}): URL {
  const url = new URL(path, frameOrigin);
  url.searchParams.set("channelId", channelId);
  for (const [name, value] of Object.entries(extra)) url.searchParams.set(name, value);
  return url;
}
