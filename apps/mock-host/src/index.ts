export {
  configFromEnv,
  DEFAULT_ALLOWED_ORIGINS,
  DEFAULT_BANK_PORT,
  DEFAULT_MONEYKIT_CLIENT_ID,
  DEFAULT_MONEYKIT_CLIENT_SECRET,
  DEFAULT_MOONPAY_PUBLISHABLE_KEY,
  DEFAULT_MOONPAY_SECRET_KEY,
  DEFAULT_PORT,
  type MockHostConfig,
  type MockHostOptions,
} from "./config.js";
export type { FaultPlan } from "./faults.js";
export { CREDENTIALS_PASSWORD, INSTITUTIONS, MFA_CODE } from "./moneykit/institutions.js";
export { BUY_TRANSACTIONS } from "./moonpay/buy-transactions.js";
export { VERIFICATION_CODE as MOONPAY_VERIFICATION_CODE } from "./moonpay/frame-api-routes.js";
export type { VirtualAccountsPartner } from "./moonpay/va-routes.js";
export { ON_RAMP_TRANSACTIONS, VIRTUAL_ACCOUNTS } from "./moonpay/va-seed-data.js";
export type { CustomerScenario, MoneyKitScenario, MoonPayScenario } from "./scenarios/customer-scenario.js";
export type { ScenarioControl } from "./scenarios/scenario-control.js";
export { type RunningMockHost, startMockHost } from "./server.js";
