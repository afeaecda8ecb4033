// Replaces @framelink/moonpay's payments-source in the script-tag builds.
import type { PaymentsModule } from "../../moonpay/src/load-payments.js";
import { loadScriptPart } from "./load-script-part.js";
import { PART_GLOBALS } from "./part-globals.js";

export const paymentsSource = (): Promise<PaymentsModule> =>
  loadScriptPart<PaymentsModule>(__PARTS__.payments, PART_GLOBALS.payments);
