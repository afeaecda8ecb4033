import { ErrorCode, err, FramelinkError, ok, parseFrameOrigin, type Result } from "@framelink/frames";
import { isPlainRecord, isSecureUrl } from "@framelink/protocol";

/** MoonPay's production frame host, the default `frameBaseUrl`. */
export const MOONPAY_FRAME_BASE_URL = "https://blocks.moonpay.com";
/** MoonPay's production API, the default `apiBaseUrl`. */
export const MOONPAY_API_BASE_URL = "https://api.moonpay.com";

export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000;
export const DEFAULT_CALL_TIMEOUT_MS = 10_000;

export interface ClientOptions {
  /** The single-use session token your server created with your secret key. */
  readonly sessionToken: string;
  /** Where MoonPay's frames are, e.g. the mock host in tests: an origin, no path. Default: {@link MOONPAY_FRAME_BASE_URL}. */
  readonly frameBaseUrl?: string;
  /** Where the platform API is, which the client calls with its credentials: an origin, no path. Default: {@link MOONPAY_API_BASE_URL}. */
  readonly apiBaseUrl?: string;
  /** How long a frame may take to load and complete the handshake (the reset frame has its own 5 s). Default 10 000 ms. */
  readonly handshakeTimeoutMs?: number;
  /** How long the check frame may take to report the connection once started, and a platform API call to answer. Default 10 000 ms. */
  readonly callTimeoutMs?: number;
}

export interface ResolvedOptions {
  readonly sessionToken: string;
  readonly frameOrigin: string;
  readonly apiOrigin: string;
  readonly handshakeTimeoutMs: number;
  readonly callTimeoutMs: number;
}

// MoonPay documents the session token as opaque, 1 to 8192 characters: any
// printable text without whitespace, so that a pasted document or a token
// with a stray newline is refused here rather than by the frame.
const SESSION_TOKEN = /^[\x21-\x7e]{1,8192}$/;

/** Options of earlier versions of this package: refused, so that a test setup does not silently point at production. */
const RENAMED: Readonly<Record<string, string>> = { frameOrigin: "frameBaseUrl", apiOrigin: "apiBaseUrl" };

export function readClientOptions(options: unknown): Result<ResolvedOptions, FramelinkError> {
  if (!isPlainRecord(options)) {
    return err(new FramelinkError(ErrorCode.InvalidOptions, "createClient() takes an options object."));
  }
  // Own properties only: an option polluted onto Object.prototype must not
  // move where the session token goes.
  const read = (key: string): unknown => (Object.hasOwn(options, key) ? options[key] : undefined);
  for (const [old, current] of Object.entries(RENAMED)) {
    if (read(old) !== undefined) return err(new FramelinkError(ErrorCode.InvalidOptions, `${old} is now ${current}.`));
  }
  const sessionToken = read("sessionToken");
  const frameBaseUrl = read("frameBaseUrl");
  const apiBaseUrl = read("apiBaseUrl");
  const handshakeTimeoutMs = read("handshakeTimeoutMs");
  const callTimeoutMs = read("callTimeoutMs");
  if (typeof sessionToken !== "string" || !SESSION_TOKEN.test(sessionToken)) {
    return err(new FramelinkError(ErrorCode.InvalidSessionToken, "sessionToken is missing or malformed."));
  }
  const origin = frameBaseUrl === undefined ? MOONPAY_FRAME_BASE_URL : parseFrameOrigin(frameBaseUrl);
  if (origin === undefined) {
    return err(
      new FramelinkError(ErrorCode.InvalidOptions, "frameBaseUrl must be an http(s) origin such as https://host:port."),
    );
  }
  const api = apiBaseUrl === undefined ? MOONPAY_API_BASE_URL : parseFrameOrigin(apiBaseUrl);
  if (api === undefined) {
    return err(
      new FramelinkError(ErrorCode.InvalidOptions, "apiBaseUrl must be an http(s) origin such as https://host:port."),
    );
  }
  for (const [name, url] of [
    ["frameBaseUrl", origin],
    ["apiBaseUrl", api],
  ] as const) {
    if (!isSecureUrl(url)) {
      return err(
        new FramelinkError(
          ErrorCode.InsecureUrl,
          `${name} must be https: (http: only on localhost or a loopback address).`,
        ),
      );
    }
  }
  const handshake = readTimeout(handshakeTimeoutMs, DEFAULT_HANDSHAKE_TIMEOUT_MS);
  const call = readTimeout(callTimeoutMs, DEFAULT_CALL_TIMEOUT_MS);
  if (handshake === undefined || call === undefined) {
    return err(new FramelinkError(ErrorCode.InvalidOptions, "Timeouts must be positive numbers of milliseconds."));
  }
  return ok({
    sessionToken,
    frameOrigin: origin,
    apiOrigin: api,
    handshakeTimeoutMs: handshake,
    callTimeoutMs: call,
  });
}

function readTimeout(value: unknown, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}
