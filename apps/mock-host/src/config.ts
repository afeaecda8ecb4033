import { createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { type AllowedOrigins, parseAllowedOrigins } from "./allowed-origins.js";
import type { VirtualAccountsPartner } from "./moonpay/va-routes.js";
import type { CustomerScenario } from "./scenarios/customer-scenario.js";

export interface MockHostConfig {
  readonly port: number;
  readonly host: string;
  /** Merchant origins the frames talk to and may be framed by. */
  readonly allowedOrigins: AllowedOrigins;
  /** The MoonPay secret key the session endpoint accepts. */
  readonly moonpaySecretKey: string;
  /** The publishable key `GET /v1/transactions/{id}` accepts. */
  readonly moonpayPublishableKey: string;
  /** Partners of the Virtual Accounts API (publishable key + RSA public key). */
  readonly vaPartners: readonly VirtualAccountsPartner[];
  /** How far a signed request's timestamp may be from the server's clock. */
  readonly vaTimestampWindowMs: number;
  /** Virtual Accounts rate limit per key. */
  readonly vaRateLimit: { readonly limit: number; readonly windowMs: number };
  /** A listener serving only the hostile test page, on another port (`MOCK_LOOKALIKE_PORT`); off unless set, and only with `testHooks`. */
  readonly lookalikePort?: number;
  /** The MoneyKit API client the token endpoint accepts. */
  readonly moneykitClientId: string;
  readonly moneykitClientSecret: string;
  /** The banks' OAuth pages listen here, on a third origin. */
  readonly bankPort: number;
  /** The host name the banks' origin uses; `*.localhost` resolves to loopback in browsers. */
  readonly bankHost: string;
  /** More names the listeners answer to, at any port (`MOCK_HOST_NAMES`): a proxy's, a container's. */
  readonly hostNames: readonly string[];
  /**
   * Serve what exists for tests only (`MOCK_TEST_HOOKS=1`): `/_mock/observed`,
   * `/_mock/faults`, `/_mock/scenarios`, `/_mock/moneykit/links/{id}/expire`, `/_mock/attacker`
   * and the look-alike listener. Off otherwise.
   */
  readonly testHooks: boolean;
  /** Scenarios to set at start, by customer id. */
  readonly scenarios: Readonly<Record<string, CustomerScenario>>;
}

/**
 * What `startMockHost` takes: every field optional, each default the
 * documented one. `allowedOrigins` is a list or a comma-separated string of
 * origins, a port may be `*`.
 */
export type MockHostOptions = Partial<Omit<MockHostConfig, "allowedOrigins">> & {
  readonly allowedOrigins?: string | readonly string[];
};

/** The key in MoonPay's own server sample, so that sample runs against the mock host unchanged. */
export const DEFAULT_MOONPAY_SECRET_KEY = "sk_test_123";
export const DEFAULT_MOONPAY_PUBLISHABLE_KEY = "pk_test_123";
export const DEFAULT_VA_TIMESTAMP_WINDOW_MS = 5 * 60 * 1000;
export const DEFAULT_MONEYKIT_CLIENT_ID = "mk_test_client";
export const DEFAULT_MONEYKIT_CLIENT_SECRET = "mk_test_secret";
export const DEFAULT_PORT = 4800;
export const DEFAULT_BANK_PORT = 4802;
export const DEFAULT_ALLOWED_ORIGINS = "http://localhost:*";

/** The options the environment variables set (the README's table); the rest keep their defaults. */
export function configFromEnv(env: NodeJS.ProcessEnv): MockHostOptions {
  const entries: [keyof MockHostOptions, unknown][] = [
    ["port", env.PORT === undefined ? undefined : readPort("PORT", env.PORT)],
    ["bankPort", env.BANK_PORT === undefined ? undefined : readPort("BANK_PORT", env.BANK_PORT)],
    ["lookalikePort", env.MOCK_LOOKALIKE_PORT ? readPort("MOCK_LOOKALIKE_PORT", env.MOCK_LOOKALIKE_PORT) : undefined],
    ["host", env.HOST],
    ["bankHost", env.BANK_HOST],
    ["hostNames", env.MOCK_HOST_NAMES === undefined ? undefined : readList(env.MOCK_HOST_NAMES)],
    ["testHooks", env.MOCK_TEST_HOOKS === "1"],
    ["allowedOrigins", env.ALLOWED_ORIGINS],
    ["moonpaySecretKey", env.MOCK_MOONPAY_SECRET_KEY],
    ["moonpayPublishableKey", env.MOCK_MOONPAY_PUBLISHABLE_KEY],
    ["moneykitClientId", env.MOCK_MONEYKIT_CLIENT_ID],
    ["moneykitClientSecret", env.MOCK_MONEYKIT_CLIENT_SECRET],
    ["vaPartners", partnerFromEnv(env)],
    [
      "vaRateLimit",
      {
        limit: readCount("MOCK_VA_RATE_LIMIT", env.MOCK_VA_RATE_LIMIT ?? "100"),
        windowMs: readCount("MOCK_VA_RATE_WINDOW_MS", env.MOCK_VA_RATE_WINDOW_MS ?? "60000"),
      },
    ],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as MockHostOptions;
}

/** Every option, given or default. A port of 0 picks a free one; then the banks' port defaults to 0 too. */
export function resolveConfig(options: MockHostOptions = {}): MockHostConfig {
  const port = options.port ?? DEFAULT_PORT;
  const origins = options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS;
  return {
    port,
    bankPort: options.bankPort ?? (port === 0 ? 0 : DEFAULT_BANK_PORT),
    ...(options.lookalikePort === undefined ? {} : { lookalikePort: options.lookalikePort }),
    host: options.host ?? "127.0.0.1",
    bankHost: options.bankHost ?? "bank.localhost",
    hostNames: options.hostNames ?? [],
    // Only `true` turns them on: they hand out every secret the host issued.
    testHooks: options.testHooks === true,
    allowedOrigins: parseAllowedOrigins(typeof origins === "string" ? origins : origins.join(",")),
    moonpaySecretKey: options.moonpaySecretKey ?? DEFAULT_MOONPAY_SECRET_KEY,
    moonpayPublishableKey: options.moonpayPublishableKey ?? DEFAULT_MOONPAY_PUBLISHABLE_KEY,
    moneykitClientId: options.moneykitClientId ?? DEFAULT_MONEYKIT_CLIENT_ID,
    moneykitClientSecret: options.moneykitClientSecret ?? DEFAULT_MONEYKIT_CLIENT_SECRET,
    vaPartners: options.vaPartners ?? [],
    vaTimestampWindowMs: options.vaTimestampWindowMs ?? DEFAULT_VA_TIMESTAMP_WINDOW_MS,
    vaRateLimit: options.vaRateLimit ?? { limit: 100, windowMs: 60_000 },
    scenarios: options.scenarios ?? {},
  };
}

function readList(value: string): string[] {
  return value
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/** A whole number ≥ 1: anything else (NaN would turn the rate limit off) is refused at start. */
function readCount(name: string, value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new Error(`${name} must be a whole number ≥ 1, not "${value}".`);
  return count;
}

export function readPort(name: string, value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${name} must be a port number, not "${value}".`);
  return port;
}

/** `MOCK_VA_PUBLISHABLE_KEY` + `MOCK_VA_PUBLIC_KEY_FILE` (PEM) register one partner; without them there is none. */
function partnerFromEnv(env: NodeJS.ProcessEnv): VirtualAccountsPartner[] {
  const publishableKey = env.MOCK_VA_PUBLISHABLE_KEY;
  const file = env.MOCK_VA_PUBLIC_KEY_FILE;
  if (!publishableKey && !file) return [];
  if (!publishableKey || !file)
    throw new Error(
      "Set both MOCK_VA_PUBLISHABLE_KEY and MOCK_VA_PUBLIC_KEY_FILE to register a Virtual Accounts partner.",
    );
  return [{ publishableKey, publicKey: createPublicKey(readFileSync(file, "utf8")) }];
}
