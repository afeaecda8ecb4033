// <script src="framelink-moonpay.js">: window.FramelinkMoonPay.createClient(…)
import { type ClientOptions, createClient as createMoonPayClient } from "@framelink/moonpay";
import { readScriptDefaults } from "./script-defaults.js";

export * from "@framelink/moonpay";

const defaults = readScriptDefaults();

/** `createClient`, with the script tag's `data-frame-base-url` / `data-api-base-url` as defaults. */
export function createClient(options: ClientOptions) {
  return createMoonPayClient({ ...defaults, ...options });
}
