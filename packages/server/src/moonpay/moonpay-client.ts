import { type CallOptions, resolveTransport, sendOptions, type Transport, type TransportOptions } from "../http/client-options.js";
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

export interface MoonPayServerClient {
  /** Seed 000: a single-use session token for one customer on one device, to hand to the browser. */
  createSession(input: { externalCustomerId: string; deviceIp: string }, options?: CallOptions): Promise<Result<{ sessionToken: string }>>;
  /** Seed 003: one Buy transaction. `NOT_FOUND` for an unknown id. */
  getBuyTransaction(transactionId: string, options?: CallOptions): Promise<Result<BuyTransaction>>;
}

/** A MoonPay API client. Keys are checked now, before any request; a wrong one is an error `Result`. */
export function createMoonPayClient(options: MoonPayClientOptions): Result<MoonPayServerClient> {
  const transport = resolveTransport(options, MOONPAY_API_URL);
  if (typeof transport === "string") return err(new ServerError(ServerErrorCode.InvalidArgument, transport));
  const secret = options.secretKey === undefined ? undefined : readSecretKey(options.secretKey);
  if (secret && !secret.ok) return secret;
  const publishable = options.publishableKey === undefined ? undefined : readPublishableKey(options.publishableKey);
  if (publishable && !publishable.ok) return publishable;
  return ok(new Client(transport, secret?.value, publishable?.value));
}

class Client implements MoonPayServerClient {
  constructor(
    readonly transport: Transport,
    readonly secretKey: string | undefined,
    readonly publishableKey: string | undefined,
  ) {}

  async createSession(input: { externalCustomerId: string; deviceIp: string }, options: CallOptions = {}) {
    if (!this.secretKey) return err(new ServerError(ServerErrorCode.InvalidArgument, "createSession needs the secretKey option."));
    const body = JSON.stringify({ externalCustomerId: input.externalCustomerId, deviceIp: input.deviceIp });
    const answer = await send(
      () => ({
        method: "POST",
        url: `${this.transport.baseUrl}/platform/v1/session`,
        headers: { "Content-Type": "application/json", Authorization: `Api-Key ${this.secretKey}` },
        body,
      }),
      sendOptions(this.transport, options, moonPayError),
    );
    if (!answer.ok) return answer;
    const token = (answer.value.body as { sessionToken?: unknown } | undefined)?.sessionToken;
    return typeof token === "string" ? ok({ sessionToken: token }) : invalidResponse("MoonPay");
  }

  async getBuyTransaction(transactionId: string, options: CallOptions = {}) {
    if (!this.publishableKey) return err(new ServerError(ServerErrorCode.InvalidArgument, "getBuyTransaction needs the publishableKey option."));
    const url = `${this.transport.baseUrl}/v1/transactions/${encodeURIComponent(transactionId)}?apiKey=${encodeURIComponent(this.publishableKey)}`;
    const answer = await send(() => ({ method: "GET", url, headers: { Accept: "application/json" } }), sendOptions(this.transport, options, moonPayError));
    if (!answer.ok) return answer;
    const transaction = answer.value.body as BuyTransaction | undefined;
    return transaction && typeof transaction.id === "string" && typeof transaction.status === "string" ? ok(transaction) : invalidResponse("MoonPay");
  }

}

