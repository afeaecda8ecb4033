import type { HttpBindings } from "@hono/node-server";
import { Hono } from "hono";

/**
 * An app that answers only requests naming this host, against DNS
 * rebinding: a site whose name an attacker points at 127.0.0.1 is
 * same-origin with its own name, never with ours, so its requests come with
 * its name in `Host` and are refused here (421, `unknownHost`).
 *
 * Own names, at the port the request came in on: `127.0.0.1`, `localhost`,
 * `[::1]`, any `*.localhost` (browsers resolve them to loopback themselves),
 * and `boundNames` (the configured `HOST` and `BANK_HOST`). `anyPortNames`
 * (`MOCK_HOST_NAMES`) are taken at any port, as a proxy or a port mapping
 * in front of the host makes its clients use another one.
 */
export function answeringOwnNames(
  app: Hono,
  names: { readonly boundNames: readonly string[]; readonly anyPortNames: readonly string[] },
): Hono<{ Bindings: HttpBindings }> {
  const bound = new Set(["127.0.0.1", "localhost", "[::1]", ...names.boundNames.map(hostnameOf)]);
  const anyPort = new Set(names.anyPortNames.map(hostnameOf));
  const guarded = new Hono<{ Bindings: HttpBindings }>();
  guarded.use("*", async (c, next) => {
    const named = readHost(c.req.header("host"));
    const own =
      named !== undefined &&
      (anyPort.has(named.hostname) ||
        ((bound.has(named.hostname) || named.hostname.endsWith(".localhost")) &&
          named.port === c.env.incoming.socket.localPort));
    if (!own)
      return c.json({ error: { code: "unknownHost", message: "This host does not answer to that name." } }, 421);
    await next();
  });
  guarded.route("/", app);
  return guarded;
}

/** A `Host` header's name (lower case, IPv6 in brackets) and port (80 when it names none). */
function readHost(header: string | undefined): { hostname: string; port: number } | undefined {
  if (header === undefined) return undefined;
  try {
    const url = new URL(`http://${header}`);
    return { hostname: url.hostname, port: Number(url.port || 80) };
  } catch {
    return undefined;
  }
}

/** A configured name as a `Host` header spells it: `::1` → `[::1]`, `LocalHost` → `localhost`. */
function hostnameOf(name: string): string {
  const bareIpv6 = name.includes(":") && !name.startsWith("[");
  return readHost(bareIpv6 ? `[${name}]` : name)?.hostname ?? name;
}
