import { MoneyKit } from "./moneykit.js";

export default MoneyKit;
export type {
  AccountType,
  Institution,
  LinkEvent,
  LinkExitError,
  LinkedInstitution,
  SelectedAccount,
  TrackedScreen,
} from "@framelink/protocol";
export type { LinkEventCallback, LinkExitCallback, LinkSuccessCallback, RelinkSuccessCallback } from "./callbacks.js";
export { CONNECT_SANDBOX } from "./connect-frame.js";
export { ExitErrorId } from "./exit-errors.js";
export { moneyui } from "./moneyui.js";
export type { MoneyKitColorScheme, MoneyKitDevice, MoneyKitOptions } from "./options.js";
export { DEFAULT_START_TIMEOUT_MS, MONEYKIT_CONNECT_HOST } from "./options.js";
export * from "./theme.js";
export { MoneyKit };
