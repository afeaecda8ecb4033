import { parseFrameOrigin } from "@framelink/frames";
import { COLOR_SCHEMES, CONNECT_DEVICES, isPlainRecord, isSecureUrl } from "@framelink/protocol";
import type { LinkEventCallback } from "./callbacks.js";
import { ExitErrorId } from "./exit-errors.js";
import type { Theme } from "./theme.js";

/** MoneyKit's production Connect host, the default `__connectSDKUIHost`. */
export const MONEYKIT_CONNECT_HOST = "https://connect.moneykit.com";

/** How long Connect may take to load and send `connect.started` before `onLinkExit(connect_start_timeout)`. */
export const DEFAULT_START_TIMEOUT_MS = 15_000;

export type MoneyKitDevice = "mobile" | "desktop" | "mobile-playground";
export type MoneyKitColorScheme = "light" | "dark" | "auto";

/** The options of `@moneykit/connect` 0.3.28, member for member, plus one Framelink extra (`startTimeoutMs`). */
export type MoneyKitOptions = {
  /** Connect's look; sent to Connect in `connect.set_theme` once it has started. */
  theme?: Theme;
  /** Sent to Connect in `connect.set_color_scheme` once it has started. */
  colorScheme?: MoneyKitColorScheme;
  /** Connect's layout, sent in the frame URL. Default: not sent. */
  device?: MoneyKitDevice;
  /** Asks Connect to time its steps (frame URL). Default `false`. */
  stepTimers?: boolean;
  /** Id of the element Connect fills. Default: Connect covers the viewport. */
  containerID?: string;
  /** Receives Connect's `demo.link.event` messages (MoneyKit's demo app). */
  __onDemoEvent?: LinkEventCallback;
  /** Connect's origin. Default {@link MONEYKIT_CONNECT_HOST}; the mock host in tests. */
  __connectSDKUIHost?: string;
  /** Your app's name, shown by Connect (frame URL). */
  __applicationName?: string;
  /** Framelink extra: see {@link DEFAULT_START_TIMEOUT_MS}. */
  startTimeoutMs?: number;
};

export interface ResolvedOptions {
  readonly host: string;
  readonly containerID?: string;
  readonly theme?: Theme;
  readonly colorScheme?: MoneyKitColorScheme;
  readonly device?: MoneyKitDevice;
  readonly stepTimers: boolean;
  readonly applicationName?: string;
  readonly onDemoEvent?: LinkEventCallback;
  readonly startTimeoutMs: number;
}

/** Why the options were refused: reported through `onLinkExit` by each call. */
export interface OptionsProblem {
  readonly error_id: typeof ExitErrorId.InvalidOptions | typeof ExitErrorId.InsecureUrl;
  readonly message: string;
}

const invalid = (message: string): OptionsProblem => ({ error_id: ExitErrorId.InvalidOptions, message });

/**
 * Reads the options, or says what is wrong with them; never throws. Own
 * properties only: an option polluted onto `Object.prototype` must not move
 * where the link session token goes. Unlike 0.3.28, the host is per instance.
 */
export function readMoneyKitOptions(given: unknown): ResolvedOptions | OptionsProblem {
  const options = given === undefined || given === null ? {} : given;
  if (!isPlainRecord(options)) return invalid("MoneyKit options must be an object.");
  const read = (key: keyof MoneyKitOptions): unknown => (Object.hasOwn(options, key) ? options[key] : undefined);
  const [
    theme,
    colorScheme,
    device,
    stepTimers,
    containerID,
    __onDemoEvent,
    __connectSDKUIHost,
    __applicationName,
    startTimeoutMs,
  ] = (
    [
      "theme",
      "colorScheme",
      "device",
      "stepTimers",
      "containerID",
      "__onDemoEvent",
      "__connectSDKUIHost",
      "__applicationName",
      "startTimeoutMs",
    ] as const
  ).map(read);
  const host = __connectSDKUIHost === undefined ? MONEYKIT_CONNECT_HOST : parseFrameOrigin(__connectSDKUIHost);
  if (!host) return invalid("__connectSDKUIHost must be an http(s) origin such as https://connect.moneykit.com.");
  if (!isSecureUrl(host))
    return {
      error_id: ExitErrorId.InsecureUrl,
      message: "__connectSDKUIHost must be https: (http: only on localhost or a loopback address).",
    };
  if (theme !== undefined && !isPlainRecord(theme)) return invalid("theme must be a Theme object.");
  if (colorScheme !== undefined && !(COLOR_SCHEMES as readonly unknown[]).includes(colorScheme))
    return invalid('colorScheme must be "light", "dark" or "auto".');
  if (device !== undefined && !(CONNECT_DEVICES as readonly unknown[]).includes(device))
    return invalid('device must be "mobile", "desktop" or "mobile-playground".');
  if (stepTimers !== undefined && typeof stepTimers !== "boolean") return invalid("stepTimers must be a boolean.");
  if (containerID !== undefined && typeof containerID !== "string") return invalid("containerID must be a string.");
  if (__applicationName !== undefined && typeof __applicationName !== "string")
    return invalid("__applicationName must be a string.");
  if (__onDemoEvent !== undefined && typeof __onDemoEvent !== "function")
    return invalid("__onDemoEvent must be a function.");
  const timeout = startTimeoutMs === undefined ? DEFAULT_START_TIMEOUT_MS : startTimeoutMs;
  if (typeof timeout !== "number" || !Number.isFinite(timeout) || timeout <= 0)
    return invalid("startTimeoutMs must be a positive number of milliseconds.");
  return {
    host,
    // An empty containerID means the viewport, as in 0.3.28.
    ...(containerID ? { containerID } : {}),
    ...(theme ? { theme: theme as Theme } : {}),
    ...(colorScheme ? { colorScheme: colorScheme as MoneyKitColorScheme } : {}),
    ...(device ? { device: device as MoneyKitDevice } : {}),
    stepTimers: stepTimers === true,
    ...(__applicationName ? { applicationName: __applicationName } : {}),
    ...(__onDemoEvent ? { onDemoEvent: __onDemoEvent as LinkEventCallback } : {}),
    startTimeoutMs: timeout,
  };
}
