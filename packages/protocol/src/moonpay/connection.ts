import { isPlainRecord, own, readOneOf, readString, type Reader } from "../read.js";

/** Every connection status a MoonPay check or connect frame reports. */
export const CONNECTION_STATUSES = [
  "active",
  "pending",
  "unavailable",
  "failed",
  "connectionRequired",
  "termsAcceptanceRequired",
] as const;

export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/** Statuses that come with credentials: authenticated for `active`, anonymous otherwise. */
export const STATUSES_WITH_CREDENTIALS = [
  "active",
  "connectionRequired",
  "termsAcceptanceRequired",
] as const satisfies readonly ConnectionStatus[];

/**
 * A connection as it crosses the frame boundary. Credentials are a sealed box
 * (see `sealed-box.ts`): only the client that made the key pair can open it.
 */
export type WireConnection =
  | { readonly status: (typeof STATUSES_WITH_CREDENTIALS)[number]; readonly credentials: string }
  | { readonly status: "pending" | "unavailable" }
  | { readonly status: "failed"; readonly reason: string };

const readStatus = readOneOf(CONNECTION_STATUSES);
const needsCredentials = readOneOf(STATUSES_WITH_CREDENTIALS);

export const readWireConnection: Reader<WireConnection> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const status = readStatus(own(value, "status"));
  if (status === undefined) return undefined;
  if (needsCredentials(status) !== undefined) {
    const credentials = readString(own(value, "credentials"));
    return credentials === undefined ? undefined : { status: needsCredentials(status)!, credentials };
  }
  if (status === "failed") {
    const reason = readString(own(value, "reason"));
    return reason === undefined ? undefined : { status, reason };
  }
  return { status: status as "pending" | "unavailable" };
};

/** What a sealed credentials box holds once opened. */
export interface WireCredentials {
  /** Present only on authenticated credentials (status `active`). */
  readonly accessToken?: string;
  readonly clientToken: string;
  /** ISO 8601 instant after which the credentials are refused. */
  readonly expiresAt: string;
}

export const readWireCredentials: Reader<WireCredentials> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const clientToken = readString(own(value, "clientToken"));
  const expiresAt = readString(own(value, "expiresAt"));
  if (clientToken === undefined || expiresAt === undefined || Number.isNaN(Date.parse(expiresAt))) {
    return undefined;
  }
  if (!Object.hasOwn(value, "accessToken")) return { clientToken, expiresAt };
  const accessToken = readString(own(value, "accessToken"));
  return accessToken === undefined ? undefined : { accessToken, clientToken, expiresAt };
};
