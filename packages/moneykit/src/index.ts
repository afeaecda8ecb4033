import { MoneyKit } from "./moneykit.js";

export default MoneyKit;
export { MoneyKit };
export type { MoneyKitOptions } from "./options.js";
export { MONEYKIT_FRAME_ORIGIN } from "./options.js";
export type { LinkEventCallback, LinkExitCallback, LinkSuccessCallback } from "./callbacks.js";
export { ExitErrorId } from "./exit-errors.js";
export { detectOAuthPresentation } from "./presentation.js";
export type {
  AccountType,
  LinkedInstitution,
  LinkEvent,
  LinkEventMeta,
  LinkEventName,
  LinkExitError,
  LinkScreen,
  LinkType,
  OAuthPresentation,
  SelectedAccount,
  TrackedScreen,
} from "@framelink/protocol";
