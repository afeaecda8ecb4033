import { CONNECT_PATHS, LAUNCHER_VERSION } from "@framelink/protocol";
import type { ResolvedOptions } from "./options.js";

export type ConnectKind = keyof typeof CONNECT_PATHS;

export interface ConnectLaunch {
  readonly kind: ConnectKind;
  /** `__*Direct` methods: Connect without its modal chrome. */
  readonly direct: boolean;
  readonly linkSessionToken: string | null;
  readonly redirectURL?: string;
}

/**
 * Connect's URL as 0.3.28 builds it: `{host}/start|/relink|/continue`, the
 * parameters in the query, keys sorted. Unset values are left out (0.3.28
 * sends them as bare keys, which Connect reads the same way).
 */
export function connectUrl(options: ResolvedOptions, launch: ConnectLaunch): string {
  const query: Record<string, string | undefined> = {
    applicationName: options.applicationName,
    device: options.device,
    launcherVersion: LAUNCHER_VERSION,
    linkSessionToken: launch.linkSessionToken ?? undefined,
    origin: window.location.origin,
    redirectURL: launch.redirectURL,
    stepTimers: String(options.stepTimers),
    viewMode: launch.direct ? "direct" : undefined,
  };
  const url = new URL(CONNECT_PATHS[launch.kind], options.host);
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value !== undefined) url.searchParams.set(key, value);
  }
  return url.href;
}
