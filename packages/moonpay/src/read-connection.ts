import { ErrorCode, FramelinkError, err, type KeyPair, ok, type Result } from "@framelink/frames";
import { readWireCredentials, type WireConnection, type WireCredentials } from "@framelink/protocol";
import type { Connection } from "./connection.js";

export interface ReadConnection {
  /** What the integrator sees. */
  readonly connection: Connection;
  /** What the client keeps: authenticated or anonymous credentials, when the frame sent them. */
  readonly credentials?: WireCredentials;
}

/**
 * Turns a frame's connection into the integrator's: opens its sealed
 * credentials with the client's key and checks that they fit the status
 * (authenticated exactly when `active`).
 */
export async function readConnection(wire: WireConnection, keyPair: KeyPair): Promise<Result<ReadConnection, FramelinkError>> {
  if (!wire.credentials) return ok({ connection: publicConnection(wire) });
  const opened = await keyPair.open(wire.credentials);
  if (!opened.ok) return opened;
  const credentials = readWireCredentials(opened.value);
  if (!credentials || (credentials.accessToken !== undefined) !== (wire.status === "active")) {
    return err(new FramelinkError(ErrorCode.InvalidMessage, "The frame sent credentials that do not fit the connection status."));
  }
  if (wire.status !== "active") return ok({ connection: publicConnection(wire), credentials });
  const { accessToken, clientToken, expiresAt } = credentials;
  return ok({
    connection: {
      status: "active",
      credentials: { accessToken: accessToken!, clientToken, ...(expiresAt ? { expiresAt } : {}) },
      ...(wire.customer ? { customer: wire.customer } : {}),
    },
    credentials,
  });
}

function publicConnection(wire: WireConnection): Connection {
  if (wire.status === "failed") return { status: "failed", ...(wire.reason ? { reason: wire.reason } : {}) };
  return { status: wire.status as Exclude<Connection["status"], "active" | "failed"> };
}
