import { ErrorCode, FramelinkError, err, ok, type Result } from "@framelink/frames";
import type { WireCredentials } from "@framelink/protocol";
import type { Credentials } from "./connection.js";
import type { FrameTools } from "./frame-tools.js";
import type { ResolvedOptions } from "./options.js";

// What the client and its lazily loaded payment calls (payments.ts) share.

/** A sign-out never waits longer than this, whatever the reset frame does. */
export const RESET_TIMEOUT_MS = 5000;
/** The Apple Pay frame's fixed height: the button, and room for the payment sheet. */
export const APPLE_PAY_FRAME_HEIGHT = "160px";

/** What the payment calls need from the client they belong to. */
export interface PaymentContext {
  readonly options: ResolvedOptions;
  readonly tools: FrameTools;
  readonly credentials: () => WireCredentials | undefined;
  readonly disposer: { readonly disposed: boolean };
  /** The payment frames open now, removed by the client's `dispose()`. */
  readonly openFrames: Set<() => void>;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

/** The client's authenticated credentials, or why there are none usable. */
export function currentCredentials(context: PaymentContext): Result<Credentials, FramelinkError> {
  const held = context.credentials();
  if (context.disposer.disposed) return err(new FramelinkError(ErrorCode.Disposed, "The client was disposed."));
  if (!held?.accessToken) return err(new FramelinkError(ErrorCode.NoActiveSession, "There are no authenticated credentials: connect the customer first."));
  if (Date.parse(held.expiresAt) <= Date.now()) return err(new FramelinkError(ErrorCode.CredentialsExpired, "The credentials have expired: check the connection again."));
  return ok({ accessToken: held.accessToken, clientToken: held.clientToken, expiresAt: held.expiresAt });
}

