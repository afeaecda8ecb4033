import { err, ok, type Result } from "../result.js";
import { ServerError, ServerErrorCode } from "../server-error.js";

/**
 * The `baseUrl` option, as the origin and path prefix that paths are appended
 * to (`https://proxy.example/moonpay/` → `https://proxy.example/moonpay`).
 * Every key, client secret and signature goes where it points, so it must be
 * https, or http on a loopback host (the mock host, a local proxy), and may
 * hold no user name, password, query or fragment, which a path appended to it
 * would garble or leak. Messages never echo the URL: it may hold a password.
 */
export function readBaseUrl(value: string): Result<string> {
  const refused = (message: string) => err(new ServerError(ServerErrorCode.InvalidBaseUrl, message));
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refused("baseUrl must be an absolute https URL.");
  }
  const secure = url.protocol === "https:" || (url.protocol === "http:" && isLoopback(url.hostname));
  if (!secure) return refused("baseUrl must be https (http only on a loopback host: localhost, 127.0.0.0/8, [::1]).");
  if (url.username || url.password) return refused("baseUrl must not hold a user name or password.");
  // The raw text, since `URL` drops an empty `?` or `#`.
  if (/[?#]/.test(value)) return refused("baseUrl must not have a query or a fragment.");
  return ok(`${url.origin}${url.pathname.replace(/\/+$/, "")}`);
}

/**
 * `hostname` as `URL` gives it: lower case, IPv4 in dotted decimal, IPv6 in
 * brackets and compressed. Unlike the browser packages' rule, `*.localhost`
 * is not loopback here: browsers resolve it themselves, but Node asks the
 * system's resolver, which may answer with any address.
 */
function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
