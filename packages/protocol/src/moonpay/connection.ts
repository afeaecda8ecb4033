import { isPlainRecord, own, type Reader, readOneOf, readString } from "../read.js";
import { readSealedBox, type SealedBox } from "./sealed-box.js";

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

/**
 * A connection as a check or connect frame's `complete` carries it.
 * `credentials` are sealed to the client's key: authenticated for `active`
 * (always there), anonymous for the others (the check frame sends them so
 * that the connect frame can be opened with their client token; tolerated
 * missing). `customer` is in newer documentation for an active connection.
 */
export interface WireConnection {
  readonly status: ConnectionStatus;
  readonly credentials?: SealedBox;
  /** Why a `failed` connection failed, when the frame says. */
  readonly reason?: string;
  readonly customer?: { readonly id: string };
}

const readStatus = readOneOf(CONNECTION_STATUSES);

export const readWireConnection: Reader<WireConnection> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const status = readStatus(own(value, "status"));
  if (status === undefined) return undefined;
  const sealed = own(value, "credentials");
  const credentials = sealed === undefined || sealed === null ? undefined : readSealedBox(sealed);
  if (sealed !== undefined && sealed !== null && credentials === undefined) return undefined;
  if (status === "active" && credentials === undefined) return undefined;
  const reason = readString(own(value, "reason"));
  const customer = own(value, "customer");
  const customerId = isPlainRecord(customer) ? readString(own(customer, "id")) : undefined;
  return {
    status,
    ...(credentials ? { credentials } : {}),
    ...(reason ? { reason } : {}),
    ...(customerId ? { customer: { id: customerId } } : {}),
  };
};

/** What a sealed credentials box holds once opened. */
export interface WireCredentials {
  /** Present only on authenticated credentials (status `active`). */
  readonly accessToken?: string;
  readonly clientToken: string;
  /** ISO 8601 instant after which the credentials are refused; not in every version of the docs. */
  readonly expiresAt?: string;
}

export const readWireCredentials: Reader<WireCredentials> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const clientToken = readString(own(value, "clientToken"));
  if (clientToken === undefined) return undefined;
  const expiresAt = own(value, "expiresAt");
  if (expiresAt !== undefined && (typeof expiresAt !== "string" || Number.isNaN(Date.parse(expiresAt))))
    return undefined;
  const accessToken = own(value, "accessToken");
  if (accessToken !== undefined && readString(accessToken) === undefined) return undefined;
  return {
    clientToken,
    ...(accessToken === undefined ? {} : { accessToken: accessToken as string }),
    ...(expiresAt === undefined ? {} : { expiresAt }),
  };
};
