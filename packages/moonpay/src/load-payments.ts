import { ErrorCode, FramelinkError, err, ok, type Result } from "@framelink/frames";
import { paymentsSource } from "./payments-source.js";

export type PaymentsModule = typeof import("./payments.js");

let loading: Promise<PaymentsModule> | undefined;

/**
 * The payment calls, loaded once per page on first use: most pages only check
 * and connect, so they never pay for this code. A failed load is not kept, so
 * the next call tries again.
 */
export async function loadPayments(): Promise<Result<PaymentsModule, FramelinkError>> {
  loading ??= paymentsSource().catch((cause: unknown) => {
    loading = undefined;
    throw cause;
  });
  try {
    return ok(await loading);
  } catch (cause) {
    return err(new FramelinkError(ErrorCode.RequestFailed, "The payment code could not be loaded.", { cause }));
  }
}
