import {
  type CallOptions,
  resolveTransport,
  sendOptions,
  type Transport,
  type TransportOptions,
} from "../http/client-options.js";
import { type PreparedRequest, send } from "../http/send.js";
import { err, ok, type Result } from "../result.js";
import { invalidResponse, ServerError, ServerErrorCode } from "../server-error.js";
import { moneyKitError } from "./moneykit-error.js";

export const MONEYKIT_API_URL = "https://api.moneykit.com";
/** A cached access token is renewed this long before it expires. */
const RENEW_BEFORE_MS = 60_000;

export interface MoneyKitClientOptions extends TransportOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** For tests: the clock that ages the cached access token. */
  readonly now?: () => number;
}

export interface CreateLinkSessionInput {
  readonly customer_user: { readonly id: string; readonly email?: string; readonly phone?: string };
  /** Required for OAuth institutions: the page that calls `continue()`. */
  readonly redirect_uri?: string;
  /** Set to relink an existing link whose authorization expired. */
  readonly existing_link_id?: string;
  readonly settings?: { readonly products?: readonly string[]; readonly countries?: readonly string[] };
}

export interface LinkSummary {
  readonly link_id: string;
  readonly institution_id: string;
  readonly institution_name: string;
  readonly state: string;
  readonly [field: string]: unknown;
}

export interface MoneyKitServerClient {
  /** `POST /link-session` → the token to hand to `moneykit.link()` in the browser. */
  createLinkSession(
    input: CreateLinkSessionInput,
    options?: CallOptions,
  ): Promise<Result<{ link_session_token: string }>>;
  /** `POST /link-session/exchange-token` → the `link_id` to store. */
  exchangeToken(
    exchangeableToken: string,
    options?: CallOptions,
  ): Promise<Result<{ link_id: string; link: LinkSummary }>>;
  /** `GET /links/{id}/accounts`; `AUTH_EXPIRED` when the link must be relinked. */
  getAccounts(linkId: string, options?: CallOptions): Promise<Result<{ accounts: unknown[]; link: LinkSummary }>>;
}

/**
 * A MoneyKit API client. It authenticates as MoneyKit's API asks: client id
 * and secret for a short-lived bearer token (`POST /auth/token`), cached,
 * renewed a minute before it expires or when the API says it expired.
 */
export function createMoneyKitClient(options: MoneyKitClientOptions): Result<MoneyKitServerClient> {
  const transport = resolveTransport(options, MONEYKIT_API_URL);
  if (!transport.ok) return transport;
  if (
    typeof options.clientId !== "string" ||
    !options.clientId ||
    typeof options.clientSecret !== "string" ||
    !options.clientSecret
  ) {
    return err(new ServerError(ServerErrorCode.InvalidArgument, "clientId and clientSecret are required."));
  }
  return ok(new Client(transport.value, options.clientId, options.clientSecret, options.now ?? Date.now));
}

class Client implements MoneyKitServerClient {
  #token: { value: string; expiresAt: number } | undefined;
  #pending: Promise<Result<string>> | undefined;

  constructor(
    readonly transport: Transport,
    readonly clientId: string,
    readonly clientSecret: string,
    readonly now: () => number,
  ) {}

  async createLinkSession(input: CreateLinkSessionInput, options: CallOptions = {}) {
    const answer = await this.#authorized("POST", "/link-session", input, options);
    if (!answer.ok) return answer;
    const token = (answer.value as { link_session_token?: unknown } | undefined)?.link_session_token;
    return typeof token === "string" ? ok({ link_session_token: token }) : invalidResponse("MoneyKit");
  }

  async exchangeToken(exchangeableToken: string, options: CallOptions = {}) {
    const answer = await this.#authorized(
      "POST",
      "/link-session/exchange-token",
      { exchangeable_token: exchangeableToken },
      options,
    );
    if (!answer.ok) return answer;
    const body = answer.value as { link_id?: unknown; link?: LinkSummary } | undefined;
    return typeof body?.link_id === "string" && body.link
      ? ok({ link_id: body.link_id, link: body.link })
      : invalidResponse("MoneyKit");
  }

  async getAccounts(linkId: string, options: CallOptions = {}) {
    const answer = await this.#authorized("GET", `/links/${encodeURIComponent(linkId)}/accounts`, undefined, options);
    if (!answer.ok) return answer;
    const body = answer.value as { accounts?: unknown; link?: LinkSummary } | undefined;
    return Array.isArray(body?.accounts) && body.link
      ? ok({ accounts: body.accounts, link: body.link })
      : invalidResponse("MoneyKit");
  }

  /** One call with the cached token; if the API says the token expired, once more with a new one. */
  async #authorized(
    method: "GET" | "POST",
    path: string,
    body: unknown,
    options: CallOptions,
  ): Promise<Result<unknown>> {
    for (let round = 0; round < 2; round++) {
      const token = await this.#accessToken(options);
      if (!token.ok) return token;
      const answer = await send(
        (): PreparedRequest => ({
          method,
          url: `${this.transport.baseUrl}${path}`,
          headers: {
            Authorization: `Bearer ${token.value}`,
            "Content-Type": "application/json",
            Accept: "application/json",
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
        sendOptions(this.transport, options, moneyKitError),
      );
      if (answer.ok) return ok(answer.value.body);
      if (answer.error.vendorCode !== "api_error.auth.expired_access_token" || round === 1) return answer;
      this.#token = undefined;
    }
    return invalidResponse("MoneyKit");
  }

  #accessToken(options: CallOptions): Promise<Result<string>> {
    if (this.#token && this.#token.expiresAt - RENEW_BEFORE_MS > this.now())
      return Promise.resolve(ok(this.#token.value));
    this.#pending ??= this.#fetchToken(options).finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  async #fetchToken(options: CallOptions): Promise<Result<string>> {
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: this.clientId,
      client_secret: this.clientSecret,
    }).toString();
    const answer = await send(
      () => ({
        method: "POST",
        url: `${this.transport.baseUrl}/auth/token`,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: form,
      }),
      sendOptions(this.transport, options, moneyKitError),
    );
    if (!answer.ok) return answer;
    const body = answer.value.body as { access_token?: unknown; expires_in?: unknown } | undefined;
    if (typeof body?.access_token !== "string" || typeof body.expires_in !== "number")
      return invalidResponse("MoneyKit");
    this.#token = { value: body.access_token, expiresAt: this.now() + body.expires_in * 1000 };
    return ok(body.access_token);
  }
}
