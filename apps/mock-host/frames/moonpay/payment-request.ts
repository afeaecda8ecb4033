import type { FrameErrorPayload, FrameTransaction } from "@framelink/protocol";
import type { MoonPayParent } from "../shared/moonpay-parent.js";
import { callMoonPay } from "./moonpay-api.js";

/** The frames that pay a quote, as they name themselves to the backend (which picks the scenario by it). */
export type PaymentFrame = "apple-pay" | "google-pay" | "buy" | "buy-button" | "widget";

/** What a payment frame pays: read from its URL; `setQuote` replaces the signature. */
export interface PaymentRequest {
  readonly frame: PaymentFrame;
  readonly clientToken: string | undefined;
  signature: string | undefined;
  readonly externalTransactionId?: string | undefined;
  /** From the first quote check: what lets this frame, and not the page around it, pay. Never sent to the parent. */
  frameSession?: string;
}

/** The quote as the frame shows it (amounts as strings, currency codes upper case). */
export interface QuoteSummary {
  readonly sourceAmount: string;
  readonly source: string;
  readonly destinationAmount: string;
  readonly destination: string;
}

type Checked = { state: "ready"; quote: QuoteSummary; frameSession: string } | { state: "unsupported" };
export type Executed =
  | { state: "complete"; transaction: FrameTransaction }
  | { state: "challenge"; url: string }
  | { state: "unsupported" };

/** `configurationError` for a URL without the parameters every payment frame needs. */
function configurationProblem(request: PaymentRequest): FrameErrorPayload | undefined {
  const missing = !request.clientToken ? "clientToken" : !request.signature ? "signature" : undefined;
  return missing ? { code: "configurationError", message: `The frame's URL has no ${missing} parameter.` } : undefined;
}

/**
 * Asks the backend whether this frame can pay the quote now, which a frame
 * must before it pays. Reports `unsupported` and `error` (e.g.
 * `quoteExpired`, recoverable with `setQuote`) to the parent itself; returns
 * the quote when it can be paid.
 */
export async function checkQuote(parent: MoonPayParent, request: PaymentRequest): Promise<QuoteSummary | undefined> {
  const problem = configurationProblem(request);
  if (problem) return void parent.emit("error", problem);
  const answer = await callMoonPay<Checked>("quote/check", { ...request });
  if (!answer.ok) return void parent.emit("error", answer.error);
  if (answer.body.state === "unsupported") return void parent.emit("unsupported");
  request.frameSession = answer.body.frameSession;
  return answer.body.quote;
}

/** Pays the quote `checkQuote` accepted; the backend's answer, or the error already reported to the parent. */
export async function executeQuote(parent: MoonPayParent, request: PaymentRequest): Promise<Executed | undefined> {
  const problem = configurationProblem(request);
  if (problem) return void parent.emit("error", problem);
  const answer = await callMoonPay<Executed>("quote/execute", { ...request });
  if (!answer.ok) return void parent.emit("error", answer.error);
  return answer.body;
}

/**
 * Tells the parent how a payment ended (`complete`, `challenge` or
 * `unsupported`) and returns the line the frame shows for it.
 */
export function reportPayment(parent: MoonPayParent, executed: Executed): string {
  switch (executed.state) {
    case "complete":
      parent.emit("complete", { transaction: executed.transaction });
      return executed.transaction.status === "failed" ? "Payment declined" : "Payment sent";
    case "challenge":
      parent.emit("challenge", { url: executed.url });
      return "Your bank needs to verify this payment.";
    case "unsupported":
      parent.emit("unsupported");
      return "This payment method is not available here.";
  }
}
