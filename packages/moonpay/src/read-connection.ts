import { ErrorCode, err, FramelinkError, type KeyPair, ok, type Result } from "@framelink/frames";
import { readWireCredentials, type WireConnection, type WireCredentials } from "@framelink/protocol";
import type { Connection } from "./connection.js";

/** Credentials as the client keeps them: authenticated exactly when the connection is `active`. */
export type HeldCredentials = WireCredentials & { readonly authenticated: boolean };

export interface ReadConnection {
  /** What the integrator sees. */
  readonly connection: Connection;
  /** What the client keeps: authenticated or anonymous credentials, when the frame sent them. */
  readonly credentials?: HeldCredentials;
}

/**
 * Turns a frame's connection into the integrator's: opens its sealed
 * credentials with the client's key. The status says whether they are
 * authenticated (`active`) or anonymous (the others); MoonPay's anonymous
 * credentials may carry a scoped access token of their own, so only an
 * `active` connection without one is refused.
 */
export async function readConnection(
  wire: WireConnection,
  keyPair: KeyPair,
): Promise<Result<ReadConnection, FramelinkError>> {
  if (!wire.credentials) return ok({ connection: publicConnection(wire) });
  const opened = await keyPair.open(wire.credentials);
  if (!opened.ok) return opened;
  const credentials = readWireCredentials(opened.value);
  const authenticated = wire.status === "active";
  if (!credentials || (authenticated && credentials.accessToken === undefined)) {
    return err(
      new FramelinkError(ErrorCode.InvalidMessage, "The frame sent credentials that do not fit the connection status."),
    );
  }
  const { accessToken, clientToken, expiresAt } = credentials;
  if (!authenticated || accessToken === undefined) {
    return ok({ connection: publicConnection(wire), credentials: { ...credentials, authenticated } });
  }
  return ok({
    connection: {
      status: "active",
      credentials: { accessToken, clientToken, ...(expiresAt ? { expiresAt } : {}) },
      ...(wire.customer ? { customer: wire.customer } : {}),
    },
    credentials: { ...credentials, authenticated },
  });
}

function publicConnection(wire: WireConnection): Connection {
  if (wire.status === "failed") return { status: "failed", ...(wire.reason ? { reason: wire.reason } : {}) };
  return { status: wire.status as Exclude<Connection["status"], "active" | "failed"> };
}
