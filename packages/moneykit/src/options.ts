import { parseFrameOrigin } from "@framelink/frames";
import { isPlainRecord, OAUTH_PRESENTATIONS, type OAuthPresentation } from "@framelink/protocol";

/** MoneyKit's production Connect host, the default `frameOrigin`. */
export const MONEYKIT_FRAME_ORIGIN = "https://connect.moneykit.com";

export interface MoneyKitOptions {
  /** Id of the element Connect and its overlay are appended to. Default: `document.body`. */
  readonly containerID?: string;
  /** Origin of the Connect host, e.g. the mock host in tests. Default: {@link MONEYKIT_FRAME_ORIGIN}. */
  readonly frameOrigin?: string;
  /** Your app's name, shown on Connect's consent screen. */
  readonly applicationName?: string;
  /** Force light or dark; by default Connect follows the user's system setting. */
  readonly theme?: { readonly appearance?: "light" | "dark" };
  /** Passed to Connect for its layout. Default: not sent; Connect lays itself out by its viewport. */
  readonly device?: "mobile" | "desktop";
  /**
   * How the bank's OAuth page is shown. Default: detected from the user agent
   * (`redirect` in Android and iOS webviews, `tab` in iOS Safari, else `popup`).
   * A blocked popup or tab falls back to `redirect`.
   */
  readonly oauthPresentation?: OAuthPresentation;
  /** How long Connect may take to load and answer the handshake. Default 10 000 ms. */
  readonly handshakeTimeoutMs?: number;
  /** How long Connect may take to answer one call. Default 10 000 ms. */
  readonly callTimeoutMs?: number;
  /**
   * After the OAuth window is seen closed, how long to wait for its result
   * before ending with `oauth_window_closed`. A window severed from this page
   * by the bank's Cross-Origin-Opener-Policy also reads as closed, and still
   * hands its result back in this time. Default 60 000 ms.
   */
  readonly oauthClosedGraceMs?: number;
  /** How long the whole bank login may take. Default 600 000 ms (10 minutes). */
  readonly oauthTimeoutMs?: number;
  /** Debug messages about the channel. Off unless given. Never receives tokens. */
}

export interface ResolvedOptions {
  readonly containerID?: string;
  readonly frameOrigin: string;
  readonly applicationName?: string;
  readonly appearance?: "light" | "dark";
  readonly device?: "mobile" | "desktop";
  readonly oauthPresentation?: OAuthPresentation;
  readonly handshakeTimeoutMs: number;
  readonly callTimeoutMs: number;
  readonly oauthClosedGraceMs: number;
  readonly oauthTimeoutMs: number;
}

/** Reads the options, or says what is wrong with them; never throws. */
export function readMoneyKitOptions(options: unknown): ResolvedOptions | string {
  if (options === undefined) options = {};
  if (!isPlainRecord(options)) return "MoneyKit options must be an object.";
  const { containerID, frameOrigin, applicationName, theme, device, oauthPresentation } = options;
  if (containerID !== undefined && (typeof containerID !== "string" || containerID === "")) return "containerID must be a non-empty string.";
  const origin = frameOrigin === undefined ? MONEYKIT_FRAME_ORIGIN : parseFrameOrigin(frameOrigin);
  if (!origin) return "frameOrigin must be an http(s) origin such as https://host:port.";
  if (applicationName !== undefined && (typeof applicationName !== "string" || applicationName.length > 64)) return "applicationName must be a string of at most 64 characters.";
  const appearance = theme === undefined ? undefined : isPlainRecord(theme) ? theme.appearance : null;
  if (appearance !== undefined && appearance !== "light" && appearance !== "dark") return 'theme.appearance must be "light" or "dark".';
  if (device !== undefined && device !== "mobile" && device !== "desktop") return 'device must be "mobile" or "desktop".';
  if (oauthPresentation !== undefined && !(OAUTH_PRESENTATIONS as readonly unknown[]).includes(oauthPresentation)) return 'oauthPresentation must be "popup", "tab" or "redirect".';
  const durations = {
    handshakeTimeoutMs: readDuration(options.handshakeTimeoutMs, 10_000),
    callTimeoutMs: readDuration(options.callTimeoutMs, 10_000),
    oauthClosedGraceMs: readDuration(options.oauthClosedGraceMs, 60_000),
    oauthTimeoutMs: readDuration(options.oauthTimeoutMs, 600_000),
  };
  if (Object.values(durations).some((value) => value === undefined)) return "Timeouts must be positive numbers of milliseconds.";
  return {
    ...(containerID ? { containerID: containerID as string } : {}),
    frameOrigin: origin,
    ...(applicationName ? { applicationName: applicationName as string } : {}),
    ...(appearance ? { appearance: appearance as "light" | "dark" } : {}),
    ...(device ? { device: device as "mobile" | "desktop" } : {}),
    ...(oauthPresentation ? { oauthPresentation: oauthPresentation as OAuthPresentation } : {}),
    ...(durations as Record<keyof typeof durations, number>),
  };
}

function readDuration(value: unknown, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}
