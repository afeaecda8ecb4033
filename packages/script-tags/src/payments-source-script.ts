import type { PaymentsModule } from "../../moonpay/src/load-payments.js";
import { PAYMENTS_GLOBAL } from "./payments-global.js";

// A script-tag build cannot split code, so the MoonPay payment calls are a
// second file next to this one, framelink-moonpay-payments.js. This module
// replaces the package's `payments-source` in the script-tag builds (see
// build.mjs): it loads that file with its SRI hash, fixed at build time, and
// with the nonce of the script tag that loaded Framelink.

declare const __PAYMENTS_FILE__: string;
declare const __PAYMENTS_INTEGRITY__: string;

export const PAYMENTS_LOAD_TIMEOUT_MS = 15_000;

// Read while this script runs: afterwards `currentScript` is gone.
const loader = typeof document === "undefined" ? null : document.currentScript;

export function paymentsSource(): Promise<PaymentsModule> {
  return new Promise((resolve, reject) => {
    if (!(loader instanceof HTMLScriptElement) || !loader.src) {
      reject(new Error("Framelink was not loaded by a script tag with a src."));
      return;
    }
    const script = document.createElement("script");
    const finish = (error?: Error) => {
      clearTimeout(timer);
      script.onload = script.onerror = null;
      const scope = globalThis as Record<string, unknown>;
      const module = scope[PAYMENTS_GLOBAL] as PaymentsModule | undefined;
      delete scope[PAYMENTS_GLOBAL];
      script.remove();
      if (!error && module) resolve(module);
      else reject(error ?? new Error("The payments script did not define its global."));
    };
    const timer = setTimeout(() => finish(new Error("The payments script did not load in time.")), PAYMENTS_LOAD_TIMEOUT_MS);
    script.onload = () => finish();
    script.onerror = () => finish(new Error("The payments script failed to load."));
    script.src = new URL(__PAYMENTS_FILE__, loader.src).href;
    script.integrity = __PAYMENTS_INTEGRITY__;
    script.crossOrigin = "anonymous";
    if (loader.nonce) script.nonce = loader.nonce;
    document.head.append(script);
  });
}
