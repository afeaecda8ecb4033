import {
  type CallOptions,
  resolveTransport,
  sendOptions,
  type Transport,
  type TransportOptions,
} from "../http/client-options.js";
import { send } from "../http/send.js";
import { err, ok, type Result } from "../result.js";
import { invalidResponse, ServerError, ServerErrorCode } from "../server-error.js";
import type { BuyTransaction } from "./buy-transaction-types.js";
import { readPublishableKey, readSecretKey } from "./keys.js";
import { moonPayError } from "./vendor-error.js";

export const MOONPAY_API_URL = "https://api.moonpay.com";

export interface MoonPayClientOptions extends TransportOptions {
  /** Your secret key, for sessions. Required for `createSession`. */
  readonly secretKey?: string;
  /** Your publishable key, for reading transactions (it goes in the URL, as MoonPay asks). */
  readonly publishableKey?: string;
}

/** `POST /platform/v1/sessions`' body, as MoonPay's API reference gives it. */
export interface SessionInput {
  /** Your id for the customer, 1 to 255 characters. */
  readonly externalCustomerId: string;
  /** The IP address of the customer's device: the frames check it. */
  readonly deviceIp: string;
  /** With `phoneNumber` (both or neither): a customer MoonPay knows by them is asked only for a one-time code. */
  readonly email?: string;
  /** E.164, e.g. `+14155550123`. */
  readonly phoneNumber?: string;
  /** ISO 8601: the customer accepted MoonPay's terms in your UI (guest checkout). */
  readonly termsAcceptedAt?: string;
}

export interface MoonPayServerClient {
  /** `POST /platform/v1/sessions`: a single-use session token for one customer on one device, to hand to the browser. */
  createSession(input: SessionInput, options?: CallOptions): Promise<Result<{ sessionToken: string }>>;
  /** Ends every session of a customer (`DELETE /platform/v1/sessions?externalCustomerId=`). */
  revokeSessions(externalCustomerId: string, options?: CallOptions): Promise<Result<void>>;
  /** `GET /v1/transactions/{id}` with the publishable key: one Buy transaction. `NOT_FOUND` for an unknown id. */
  getBuyTransaction(transactionId: string, options?: CallOptions): Promise<Result<BuyTransaction>>;
}

/** A MoonPay API client. Keys are checked now, before any request; a wrong one is an error `Result`. */
export function createMoonPayClient(options: MoonPayClientOptions): Result<MoonPayServerClient> {
  const transport = resolveTransport(options, MOONPAY_API_URL);
  if (!transport.ok) return transport;
  const secret = options.secretKey === undefined ? undefined : readSecretKey(options.secretKey);
  if (secret && !secret.ok) return secret;
  const publishable = options.publishableKey === undefined ? undefined : readPublishableKey(options.publishableKey);
  if (publishable && !publishable.ok) return publishable;
  return ok(new Client(transport.value, secret?.value, publishable?.value));
}

class Client implements MoonPayServerClient {
  constructor(
    readonly transport: Transport,
    readonly secretKey: string | undefined,
    readonly publishableKey: string | undefined,
  ) {}

  /** The path and header of MoonPay's current API reference (`/platform/v1/sessions`, `X-Api-Key`); the preview edition of its docs used `/session` and `Authorization: Api-Key`. */
  async createSession(input: SessionInput, options: CallOptions = {}) {
    const secretKey = this.secretKey;
    if (!secretKey)
      return err(new ServerError(ServerErrorCode.InvalidArgument, "createSession needs the secretKey option."));
    const { externalCustomerId, deviceIp, email, phoneNumber, termsAcceptedAt } = input;
    const body = JSON.stringify({ externalCustomerId, deviceIp, email, phoneNumber, termsAcceptedAt });
    const answer = await send(
      () => ({
        method: "POST",
        url: `${this.transport.baseUrl}/platform/v1/sessions`,
        headers: { "Content-Type": "application/json", "X-Api-Key": secretKey },
        body,
      }),
      sendOptions(this.transport, options, moonPayError),
    );
    if (!answer.ok) return answer;
    const token = (answer.value.body as { sessionToken?: unknown } | undefined)?.sessionToken;
    return typeof token === "string" ? ok({ sessionToken: token }) : invalidResponse("MoonPay");
  }

  async revokeSessions(externalCustomerId: string, options: CallOptions = {}) {
    const secretKey = this.secretKey;
    if (!secretKey)
      return err(new ServerError(ServerErrorCode.InvalidArgument, "revokeSessions needs the secretKey option."));
    const url = `${this.transport.baseUrl}/platform/v1/sessions?externalCustomerId=${encodeURIComponent(externalCustomerId)}`;
    const answer = await send(
      () => ({ method: "DELETE", url, headers: { "X-Api-Key": secretKey } }),
      sendOptions(this.transport, options, moonPayError),
    );
    return answer.ok ? ok(undefined) : answer;
  }

  async getBuyTransaction(transactionId: string, options: CallOptions = {}) {
    if (!this.publishableKey)
      return err(
        new ServerError(ServerErrorCode.InvalidArgument, "getBuyTransaction needs the publishableKey option."),
      );
    const url = `${this.transport.baseUrl}/v1/transactions/${encodeURIComponent(transactionId)}?apiKey=${encodeURIComponent(this.publishableKey)}`;
    const answer = await send(
      () => ({ method: "GET", url, headers: { Accept: "application/json" } }),
      sendOptions(this.transport, options, moonPayError),
    );
    if (!answer.ok) return answer;
    const transaction = answer.value.body as BuyTransaction | undefined;
    return transaction && typeof transaction.id === "string" && typeof transaction.status === "string"
      ? ok(transaction)
      : invalidResponse("MoonPay");
  }
}
