export { parseAllowedOrigins } from "./allowed-origins.js";
export { createApp, createBankApp, createStores, type Stores } from "./app.js";
export {
  configFromEnv,
  DEFAULT_ALLOWED_ORIGINS,
  DEFAULT_BANK_PORT,
  DEFAULT_MONEYKIT_CLIENT_ID,
  DEFAULT_MONEYKIT_CLIENT_SECRET,
  DEFAULT_MOONPAY_SECRET_KEY,
  DEFAULT_PORT,
  type MockHostConfig,
} from "./config.js";
export { type FaultPlan, Faults } from "./faults.js";
export { BUY_TRANSACTIONS } from "./moonpay/buy-transactions.js";
export type { VirtualAccountsPartner } from "./moonpay/va-routes.js";
export { ON_RAMP_TRANSACTIONS, VIRTUAL_ACCOUNTS } from "./moonpay/va-seed-data.js";
export { type RunningMockHost, startMockHost } from "./server.js";
