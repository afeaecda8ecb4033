import type { ClientOptions } from "@framelink/moonpay";

/**
 * The hook's options as `createClient` reads them: own properties only. The
 * hook passes each on as a property of its own, so an option planted on
 * `Object.prototype` and read through the prototype here would become an own
 * one there, and move where the session and access tokens go.
 */
export function ownClientOptions(options: ClientOptions | undefined): Partial<ClientOptions> {
  const own = <K extends keyof ClientOptions>(key: K) =>
    options && Object.hasOwn(options, key) && options[key] !== undefined ? { [key]: options[key] } : {};
  return {
    ...own("sessionToken"),
    ...own("frameBaseUrl"),
    ...own("apiBaseUrl"),
    ...own("handshakeTimeoutMs"),
    ...own("callTimeoutMs"),
  };
}
