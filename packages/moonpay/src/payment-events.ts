import type { Result, FramelinkError } from "@framelink/frames";
import type { FrameTransaction, PaymentErrorPayload } from "@framelink/protocol";
import type { FrameHandle } from "./events.js";

export type { FrameTransaction, PaymentErrorPayload };

/** Events of the Apple Pay frame. */
export type ApplePayEvent =
  | { readonly kind: "ready"; readonly payload: { readonly frame: FrameHandle } }
  /** The payment ended: `transaction.status` is `pending` (it will settle), `completed`, or `failed` with a `failureCode`. */
  | { readonly kind: "complete"; readonly payload: { readonly transaction: FrameTransaction; readonly frame: FrameHandle } }
  /** Get a new quote and hand its signature over with `payload.setQuote(signature)`. */
  | { readonly kind: "quoteExpired"; readonly payload: { readonly setQuote: (signature: string) => Promise<Result<void, FramelinkError>> } }
  /** The payment needs a verification: render `setupChallenge({ url: payload.url, … })`. */
  | { readonly kind: "challenge"; readonly payload: { readonly url: string } }
  /** `payload.code`: `ipAddressMismatch`, `invalidQuote`, `quoteNotExecutable`, `unauthorized` or `generic`. */
  | { readonly kind: "error"; readonly payload: PaymentErrorPayload }
  /** No Apple Pay on this device: offer another way to pay. */
  | { readonly kind: "unsupported"; readonly payload: { readonly frame: FrameHandle } };

/** Events of the challenge frame. */
export type ChallengeEvent =
  | { readonly kind: "ready"; readonly payload: { readonly frame: FrameHandle } }
  | { readonly kind: "complete"; readonly payload: { readonly flow: string; readonly transaction: FrameTransaction; readonly frame: FrameHandle } }
  | { readonly kind: "cancelled"; readonly payload: { readonly frame: FrameHandle } }
  | { readonly kind: "error"; readonly payload: PaymentErrorPayload };

export interface ApplePayHandle extends FrameHandle {
  /** Hands the frame a fresh quote's signature (after `quoteExpired`). */
  setQuote(signature: string): Promise<Result<void, FramelinkError>>;
}
