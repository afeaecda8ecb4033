export { DEFAULT_MAX_PAGES, type PagingOptions } from "./cursor-pages.js";
export type { CallOptions, TransportOptions } from "./http/client-options.js";
export { RateLimiter } from "./http/rate-limiter.js";
export { DEFAULT_RETRY, type RetryPolicy } from "./http/retry-policy.js";
export {
  type CreateLinkSessionInput,
  createMoneyKitClient,
  type LinkSummary,
  MONEYKIT_API_URL,
  type MoneyKitClientOptions,
  type MoneyKitServerClient,
} from "./moneykit/moneykit-client.js";
export type * from "./moonpay/buy-transaction-types.js";
export {
  createMoonPayClient,
  MOONPAY_API_URL,
  type MoonPayClientOptions,
  type MoonPayServerClient,
  type SessionInput,
} from "./moonpay/moonpay-client.js";
export { buildQueryString, signedRequest, signPayload } from "./moonpay/signed-request.js";
export type * from "./moonpay/virtual-account-types.js";
export {
  createVirtualAccountsClient,
  type OnRampQuery,
  type VirtualAccountFilters,
  type VirtualAccountsClient,
  type VirtualAccountsClientOptions,
} from "./moonpay/virtual-accounts-client.js";
export { err, ok, type Result } from "./result.js";
export { ServerError, ServerErrorCode } from "./server-error.js";
