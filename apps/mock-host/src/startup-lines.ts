import type { RunningMockHost } from "./server.js";

/**
 * What the host says when it starts: where it is, which merchant origins it
 * serves, and the test keys, which are public by design (the README lists
 * them too). The first line's "listening on <url>" is what scripts wait for.
 */
export function startupLines({ url, bankUrl, config }: RunningMockHost): string[] {
  return [
    `Framelink mock host listening on ${url}`,
    `  frameBaseUrl, apiBaseUrl, __connectSDKUIHost: ${url}`,
    `  banks' OAuth pages:        ${bankUrl}`,
    `  merchant origins allowed:  ${config.allowedOrigins.sources.join(", ")}`,
    `  MoonPay test keys:         secret ${config.moonpaySecretKey}, publishable ${config.moonpayPublishableKey}`,
    `  MoneyKit test client:      ${config.moneykitClientId} / ${config.moneykitClientSecret}`,
    config.testHooks
      ? "  test hooks:                on (/_mock/scenarios, /_mock/faults, /_mock/observed): for tests only"
      : "  test hooks:                off (--test-hooks or MOCK_TEST_HOOKS=1 for /_mock/scenarios)",
  ];
}
