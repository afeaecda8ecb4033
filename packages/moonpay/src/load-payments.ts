import { lazyPart } from "@framelink/frames";
import { paymentsSource } from "./payments-source.js";

export type PaymentsModule = typeof import("./payments.js");

/** The payment calls, loaded on first use: most pages only check and connect. */
export const loadPayments = lazyPart(paymentsSource);
