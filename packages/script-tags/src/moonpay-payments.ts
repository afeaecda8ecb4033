// framelink-moonpay-payments.js: the MoonPay payment calls, loaded by the
// MoonPay script tags on first use (./payments-source-script.ts). It leaves
// them on a global the loader removes again, so it is set as a plain
// property (a top-level `var` could not be deleted). Built from the package's
// source: the npm build ships the same code as a chunk of its own.
import * as payments from "../../moonpay/src/payments.js";
import { PAYMENTS_GLOBAL } from "./payments-global.js";

(globalThis as Record<string, unknown>)[PAYMENTS_GLOBAL] = payments;
