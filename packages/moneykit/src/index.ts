import { MoneyKit } from "./moneykit.js";

export default MoneyKit;
export { MoneyKit };
export type { MoneyKitColorScheme, MoneyKitDevice, MoneyKitOptions } from "./options.js";
export { DEFAULT_START_TIMEOUT_MS, MONEYKIT_CONNECT_HOST } from "./options.js";
export type { LinkEventCallback, LinkExitCallback, LinkSuccessCallback, RelinkSuccessCallback } from "./callbacks.js";
export { CONNECT_SANDBOX } from "./connect-frame.js";
export { ExitErrorId } from "./exit-errors.js";
export { moneyui } from "./moneyui.js";
export * from "./theme.js";
export type { AccountType, Institution, LinkedInstitution, LinkEvent, LinkExitError, SelectedAccount, TrackedScreen } from "@framelink/protocol";
