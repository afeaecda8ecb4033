import { ErrorCode, FramelinkError, err, ok, parseFrameOrigin, type Result } from "@framelink/frames";
import { isPlainRecord } from "@framelink/protocol";

/** MoonPay's production frame host, the default `frameOrigin`. */
export const MOONPAY_FRAME_ORIGIN = "https://blocks.moonpay.com";
/** MoonPay's production API, the default `apiOrigin`. */
export const MOONPAY_API_ORIGIN = "https://api.moonpay.com";

export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000;
export const DEFAULT_CALL_TIMEOUT_MS = 10_000;

export interface ClientOptions {
  /** The single-use session token your server created with your secret key. */
  readonly sessionToken: string;
  /** Origin of the frame host, e.g. the mock host in tests. Default: {@link MOONPAY_FRAME_ORIGIN}. */
  readonly frameOrigin?: string;
  /** Origin of the platform API the client calls with its credentials. Default: {@link MOONPAY_API_ORIGIN}. */
  readonly apiOrigin?: string;
  /** How long a frame may take to load and complete the handshake. Default 10 000 ms. */
  readonly handshakeTimeoutMs?: number;
  /** How long a frame may take to answer one call. Default 10 000 ms. */
  readonly callTimeoutMs?: number;
  /** Receives debug messages about the channels. Off unless given. Never receives tokens or credentials. */
}

export interface ResolvedOptions {
  readonly sessionToken: string;
  readonly frameOrigin: string;
  readonly apiOrigin: string;
  readonly handshakeTimeoutMs: number;
  readonly callTimeoutMs: number;
}

// Base64 or base64url, as MoonPay's session tokens are; bounded so that a
// pasted document is not mistaken for one.
const SESSION_TOKEN = /^[A-Za-z0-9+/_-]{8,2048}={0,2}$/;

export function readClientOptions(options: unknown): Result<ResolvedOptions, FramelinkError> {
  if (!isPlainRecord(options)) {
    return err(new FramelinkError(ErrorCode.InvalidOptions, "createClient() takes an options object."));
  }
  const { sessionToken, frameOrigin, apiOrigin, handshakeTimeoutMs, callTimeoutMs } = options;
  if (typeof sessionToken !== "string" || !SESSION_TOKEN.test(sessionToken)) {
    return err(new FramelinkError(ErrorCode.InvalidSessionToken, "sessionToken is missing or malformed."));
  }
  const origin = frameOrigin === undefined ? MOONPAY_FRAME_ORIGIN : parseFrameOrigin(frameOrigin);
  if (origin === undefined) {
    return err(new FramelinkError(ErrorCode.InvalidOptions, "frameOrigin must be an http(s) origin such as https://host:port."));
  }
  const api = apiOrigin === undefined ? MOONPAY_API_ORIGIN : parseFrameOrigin(apiOrigin);
  if (api === undefined) {
    return err(new FramelinkError(ErrorCode.InvalidOptions, "apiOrigin must be an http(s) origin such as https://host:port."));
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

/** The settings a frame's channel needs, and nothing else (no token). */
export function channelSettings(options: ResolvedOptions) {
  return {
    frameOrigin: options.frameOrigin,
    handshakeTimeoutMs: options.handshakeTimeoutMs,
    callTimeoutMs: options.callTimeoutMs,
  };
}
