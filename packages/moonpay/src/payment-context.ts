import { ErrorCode, err, FramelinkError, ok, type Result } from "@framelink/frames";
import type { Credentials } from "./connection.js";
import type { FrameTools } from "./frame-tools.js";
import type { ResolvedOptions } from "./options.js";
import type { HeldCredentials } from "./read-connection.js";

// What the client lends its payment calls, which are loaded on first use
// (./parts.ts): its options, its frame machinery, its credentials
// and its lifetime. Nothing else crosses from the client to the part.

/** A sign-out never waits longer than this, whatever the reset frame does (MoonPay documents 5 s). */
export const RESET_TIMEOUT_MS = 5000;

/** The height MoonPay documents for its Apple Pay and Google Pay buttons. */
export const PAYMENT_BUTTON_HEIGHT = "44px";

export interface PaymentContext {
  readonly options: ResolvedOptions;
  readonly tools: FrameTools;
  readonly credentials: () => HeldCredentials | undefined;
  /** Aborts when the client is disposed: every frame and wait of the part ends with it. */
  readonly lifetime: AbortSignal;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

/** The client's authenticated credentials, or why there are none usable. */
export function currentCredentials(context: PaymentContext): Result<Credentials, FramelinkError> {
  const held = context.credentials();
  if (context.lifetime.aborted) return err(new FramelinkError(ErrorCode.Disposed, "The client was disposed."));
  if (!held?.authenticated || !held.accessToken)
    return err(
      new FramelinkError(
        ErrorCode.NoActiveSession,
        "There are no authenticated credentials: connect the customer first.",
      ),
    );
  if (held.expiresAt && Date.parse(held.expiresAt) <= Date.now()) {
    return err(
      new FramelinkError(
        ErrorCode.CredentialsExpired,
        "The credentials have expired: create a new session and client to check the connection again.",
      ),
    );
  }
  return ok({
    accessToken: held.accessToken,
    clientToken: held.clientToken,
    ...(held.expiresAt ? { expiresAt: held.expiresAt } : {}),
  });
}
