/** Client credentials for scoped API calls from the browser. Hold them in memory only. */
export interface Credentials {
  /** Authenticates calls to MoonPay's platform API (`Authorization: Bearer`). */
  readonly accessToken: string;
  /** Initialises the authenticated frames (Apple Pay, Google Pay, Buy, Buy button, widget) and goes to the reset frame. */
  readonly clientToken: string;
  /** ISO 8601 instant after which MoonPay refuses them, when the frame says. */
  readonly expiresAt?: string;
}

/** The MoonPay customer behind an active connection, when the frame names them. */
export interface Customer {
  readonly id: string;
}

/**
 * A customer's MoonPay connection, as `getConnection()` resolves to and the
 * connect frame's `complete` event carries.
 * - `active`: usable, with credentials; live for 180 days.
 * - `connectionRequired`: new customer, or the connection expired: run `connect()`.
 * - `termsAcceptanceRequired`: connected, but new terms must be accepted: run `connect()`.
 * - `pending`: KYC decision delayed; often resolved out of band.
 * - `unavailable`: cannot be used now (e.g. a restricted location).
 * - `failed`: terminal (KYC failed, onboarding impossible, or the customer declined); `reason` says which when the frame does.
 */
export type Connection =
  | { readonly status: "active"; readonly credentials: Credentials; readonly customer?: Customer }
  | { readonly status: "connectionRequired" | "termsAcceptanceRequired" | "pending" | "unavailable" }
  | { readonly status: "failed"; readonly reason?: string };

export type ConnectionStatus = Connection["status"];
