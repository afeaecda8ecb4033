// Where a token, a credential or a user may be sent. `http:` is allowed only
// where nobody but this machine can listen: loopback, and `*.localhost`,
// which browsers resolve to loopback themselves (RFC 6761). Everything else
// must be `https:`, so that a typo or an injected option cannot send secrets
// in the clear.

const LOOPBACK_IPV4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || LOOPBACK_IPV4.test(host);
}

/** `https:`, or `http:` on a loopback host. Takes a URL or its text; text that does not parse is not secure. */
export function isSecureUrl(value: URL | string): boolean {
  let url: URL;
  try {
    url = typeof value === "string" ? new URL(value) : value;
  } catch {
    return false;
  }
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && isLoopbackHost(url.hostname);
}
