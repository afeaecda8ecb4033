import type { FramelinkError, Result } from "@framelink/frames";
import type { ChallengeOutcome, FrameErrorPayload, FrameTransaction } from "@framelink/protocol";
import type { FrameHandle } from "./events.js";

export type { ChallengeOutcome, FrameErrorPayload, FrameTransaction };

/** A quote as the payment frames take it: its `signature`, passed as MoonPay returned it. */
export type QuoteReference = string | { readonly signature: string };

/**
 * Events of the payment frames: Apple Pay, Google Pay, Buy (headless) and
 * the Buy button.
 * - `ready`: the button is rendered (Buy: the frame is running).
 * - `complete`: the payment ended; `transaction.status` is `pending` (it will
 *   settle: poll with `waitForTransaction`), `completed`, or `failed` with a
 *   `failureCode` (a failed one may have no `id`).
 * - `challenge`: the payment needs a verification: render
 *   `setupChallenge({ url: payload.url, … })`, with the URL as it is.
 * - `error`: MoonPay's `code` and `message`. `quoteExpired` is recoverable:
 *   get a new quote and pass it to the handle's `setQuote`; `ipAddressMismatch`,
 *   `invalidQuote`, `configurationError` and `generic` are not.
 * - `unsupported`: this device has no such wallet: offer another way to pay.
 */
export type PaymentFrameEvent =
  | { readonly kind: "ready"; readonly payload: { readonly frame: PaymentFrameHandle } }
  | {
      readonly kind: "complete";
      readonly payload: { readonly transaction: FrameTransaction; readonly frame: PaymentFrameHandle };
    }
  | { readonly kind: "challenge"; readonly payload: { readonly url: string } }
  | { readonly kind: "error"; readonly payload: FrameErrorPayload & { readonly frame: PaymentFrameHandle } }
  | { readonly kind: "unsupported"; readonly payload: { readonly frame: PaymentFrameHandle } };

/** A mounted payment frame. */
export interface PaymentFrameHandle extends FrameHandle {
  /** Hands the frame a fresh quote (after an `error` with code `quoteExpired`). */
  setQuote(quote: QuoteReference): Result<void, FramelinkError>;
}

/** Events of the widget frame (`flow=buy`). */
export type WidgetEvent =
  | { readonly kind: "ready"; readonly payload: { readonly frame: FrameHandle } }
  /** The customer confirmed: MoonPay has the transaction, which is still moving. */
  | {
      readonly kind: "transactionCreated";
      readonly payload: { readonly transaction: FrameTransaction; readonly frame: FrameHandle };
    }
  | {
      readonly kind: "complete";
      readonly payload: { readonly transaction: FrameTransaction; readonly frame: FrameHandle };
    }
  /** The customer closed the widget. */
  | { readonly kind: "close"; readonly payload: { readonly frame: FrameHandle } }
  | { readonly kind: "error"; readonly payload: FrameErrorPayload & { readonly frame: FrameHandle } };

/**
 * Events of the challenge frame. `complete` is discriminated by `flow`:
 * `buy` carries the `transaction`, `identity` an `identityId`. After
 * `complete`, `cancelled` or `error`, remove the challenge frame and the
 * payment frame that asked for it.
 */
export type ChallengeEvent =
  | { readonly kind: "ready"; readonly payload: { readonly frame: FrameHandle } }
  | { readonly kind: "complete"; readonly payload: ChallengeOutcome & { readonly frame: FrameHandle } }
  | { readonly kind: "cancelled"; readonly payload: { readonly flow?: string; readonly frame: FrameHandle } }
  | { readonly kind: "error"; readonly payload: FrameErrorPayload & { readonly frame: FrameHandle } };
