import { parseAllowedOrigins, type AllowedOrigins } from "./allowed-origins.js";

export interface MockHostConfig {
  readonly port: number;
  readonly host: string;
  /** Merchant origins the frames talk to and may be framed by. */
  readonly allowedOrigins: AllowedOrigins;
  /** The MoonPay secret key the session endpoint accepts. */
  readonly moonpaySecretKey: string;
}

/** The key in seed 000's own server sample, so that sample runs against the mock host unchanged. */
export const DEFAULT_MOONPAY_SECRET_KEY = "sk_test_123";
export const DEFAULT_PORT = 4800;
export const DEFAULT_ALLOWED_ORIGINS = "http://localhost:*";

export function configFromEnv(env: NodeJS.ProcessEnv): MockHostConfig {
  const port = Number(env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    allowedOrigins: parseAllowedOrigins(env.ALLOWED_ORIGINS ?? DEFAULT_ALLOWED_ORIGINS),
    moonpaySecretKey: env.MOCK_MOONPAY_SECRET_KEY ?? DEFAULT_MOONPAY_SECRET_KEY,
  };
}
