import { parseAllowedOrigins, type AllowedOrigins } from "./allowed-origins.js";

export interface MockHostConfig {
  readonly port: number;
  readonly host: string;
  /** Merchant origins the frames talk to and may be framed by. */
  readonly allowedOrigins: AllowedOrigins;
  /** The MoonPay secret key the session endpoint accepts. */
  readonly moonpaySecretKey: string;
  /** The MoneyKit API client the token endpoint accepts. */
  readonly moneykitClientId: string;
  readonly moneykitClientSecret: string;
  /** The banks' OAuth pages listen here, on a third origin. */
  readonly bankPort: number;
  /** The host name the banks' origin uses; `*.localhost` resolves to loopback in browsers. */
  readonly bankHost: string;
}

/** The key in seed 000's own server sample, so that sample runs against the mock host unchanged. */
export const DEFAULT_MOONPAY_SECRET_KEY = "sk_test_123";
export const DEFAULT_MONEYKIT_CLIENT_ID = "mk_test_client";
export const DEFAULT_MONEYKIT_CLIENT_SECRET = "mk_test_secret";
export const DEFAULT_PORT = 4800;
export const DEFAULT_BANK_PORT = 4802;
export const DEFAULT_ALLOWED_ORIGINS = "http://localhost:*";

export function configFromEnv(env: NodeJS.ProcessEnv): MockHostConfig {
  const port = readPort("PORT", env.PORT, DEFAULT_PORT);
  return {
    port,
    bankPort: readPort("BANK_PORT", env.BANK_PORT, DEFAULT_BANK_PORT),
    bankHost: env.BANK_HOST ?? "bank.localhost",
    moneykitClientId: env.MOCK_MONEYKIT_CLIENT_ID ?? DEFAULT_MONEYKIT_CLIENT_ID,
    moneykitClientSecret: env.MOCK_MONEYKIT_CLIENT_SECRET ?? DEFAULT_MONEYKIT_CLIENT_SECRET,
    host: env.HOST ?? "127.0.0.1",
    allowedOrigins: parseAllowedOrigins(env.ALLOWED_ORIGINS ?? DEFAULT_ALLOWED_ORIGINS),
    moonpaySecretKey: env.MOCK_MOONPAY_SECRET_KEY ?? DEFAULT_MOONPAY_SECRET_KEY,
  };
}

function readPort(name: string, value: string | undefined, fallback: number): number {
  const port = Number(value ?? fallback);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a port number, not "${value}".`);
  return port;
}
