// <script src="framelink-moneykit.js">: `new MoneyKit(…)`, as MoneyKit's Connect for Web docs write it.
import FramelinkMoneyKit, { type MoneyKitOptions } from "@framelink/moneykit";
import { readScriptDefaults } from "./script-defaults.js";

const { frameBaseUrl } = readScriptDefaults();

/** MoneyKit, with the script tag's `data-frame-base-url` as the default Connect host. */
export default class MoneyKit extends FramelinkMoneyKit {
  constructor(options?: MoneyKitOptions) {
    super({ ...(frameBaseUrl ? { __connectSDKUIHost: frameBaseUrl } : {}), ...options });
  }
}
