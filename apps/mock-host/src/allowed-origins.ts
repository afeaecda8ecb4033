/**
 * Merchant origins a frame host serves, written as origins whose port may be
 * `*` (`http://localhost:*`). The same list becomes the CSP
 * `frame-ancestors` directive and the frames' channel allowlist.
 */
export interface AllowedOrigins {
  /** The list as written, for `frame-ancestors` and for the frames' page. */
  readonly sources: readonly string[];
  matches(origin: string): boolean;
}

const PATTERN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d{1,5}|\*))?$/i;

export function parseAllowedOrigins(list: string): AllowedOrigins {
  const sources = list
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  if (sources.length === 0) throw new Error("ALLOWED_ORIGINS names no origin.");
  for (const source of sources) {
    if (!PATTERN.test(source))
      throw new Error(`"${source}" in ALLOWED_ORIGINS is not an origin (scheme://host[:port|:*]).`);
  }
  const expressions = sources.map(originPatternToRegExp);
  return { sources, matches: (origin) => expressions.some((expression) => expression.test(origin)) };
}

/** `http://localhost:*` → /^http:\/\/localhost(:\d{1,5})?$/ ; exact otherwise. Shared with the frames' page code. */
export function originPatternToRegExp(source: string): RegExp {
  const wildcard = source.endsWith(":*");
  const fixed = (wildcard ? source.slice(0, -2) : source).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`^${fixed}${wildcard ? "(:\\d{1,5})?" : ""}$`, "i");
}
