import { ErrorCode, FramelinkError, err, type KeyPair, ok, type Result } from "@framelink/frames";
import { readWireCredentials, type WireConnection, type WireCredentials } from "@framelink/protocol";
import type { Connection } from "./connection.js";

export interface OpenedConnection {
  /** What the integrator sees. */
  readonly connection: Connection;
  /** What the client keeps: authenticated or anonymous credentials, when the status carries them. */
  readonly credentials?: WireCredentials;
}

/** Opens a connection's sealed credentials with the client's key and checks they fit its status. */
export async function openConnection(wire: WireConnection, keyPair: KeyPair): Promise<Result<OpenedConnection, FramelinkError>> {
  if (!("credentials" in wire)) return ok({ connection: wire });
  const opened = await keyPair.open(wire.credentials);
  if (!opened.ok) return opened;
  const credentials = readWireCredentials(opened.value);
  const authenticated = credentials?.accessToken !== undefined;
  if (!credentials || authenticated !== (wire.status === "active")) {
    return err(new FramelinkError(ErrorCode.InvalidMessage, "The frame sent credentials that do not fit the connection status."));
  }
  if (wire.status !== "active") return ok({ connection: { status: wire.status }, credentials });
  const { accessToken, clientToken, expiresAt } = credentials as Required<WireCredentials>;
  return ok({ connection: { status: "active", credentials: { accessToken, clientToken, expiresAt } }, credentials });
}
