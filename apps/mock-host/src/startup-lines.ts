import {
  DEFAULT_MONEYKIT_CLIENT_ID,
  DEFAULT_MONEYKIT_CLIENT_SECRET,
  DEFAULT_MOONPAY_PUBLISHABLE_KEY,
  DEFAULT_MOONPAY_SECRET_KEY,
} from "./config.js";
import type { RunningMockHost } from "./server.js";

/**
 * What the host says when it starts: where it is, which merchant origins it
 * serves, and the test keys. The default keys are public by design (the
 * README lists them); a key set by the environment is not printed, since
 * start-up lines end up in CI logs. The first line's "listening on <url>"
 * is what scripts wait for.
 */
export function startupLines({ url, bankUrl, config }: RunningMockHost): string[] {
  const shown = (value: string, fallback: string, variable: string) =>
    value === fallback ? value : `(set by ${variable})`;
  const moonpaySecret = shown(config.moonpaySecretKey, DEFAULT_MOONPAY_SECRET_KEY, "MOCK_MOONPAY_SECRET_KEY");
  const moonpayPublishable = shown(
    config.moonpayPublishableKey,
    DEFAULT_MOONPAY_PUBLISHABLE_KEY,
    "MOCK_MOONPAY_PUBLISHABLE_KEY",
  );
  const clientId = shown(config.moneykitClientId, DEFAULT_MONEYKIT_CLIENT_ID, "MOCK_MONEYKIT_CLIENT_ID");
  const clientSecret = shown(
    config.moneykitClientSecret,
    DEFAULT_MONEYKIT_CLIENT_SECRET,
    "MOCK_MONEYKIT_CLIENT_SECRET",
  );
  return [
    `Framelink mock host listening on ${url}`,
    `  frameBaseUrl, apiBaseUrl, __connectSDKUIHost: ${url}`,
    `  banks' OAuth pages:        ${bankUrl}`,
    `  merchant origins allowed:  ${config.allowedOrigins.sources.join(", ")}`,
    `  MoonPay test keys:         secret ${moonpaySecret}, publishable ${moonpayPublishable}`,
    `  MoneyKit test client:      ${clientId} / ${clientSecret}`,
    config.testHooks
      ? "  test hooks:                on (/_mock/scenarios, /_mock/faults, /_mock/observed): for tests only"
      : "  test hooks:                off (--test-hooks or MOCK_TEST_HOOKS=1 for /_mock/scenarios)",
  ];
}
