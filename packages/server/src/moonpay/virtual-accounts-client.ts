import type { KeyObject } from "node:crypto";
import { cursorPages, type PagingOptions } from "../cursor-pages.js";
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
import { readPrivateKey, readPublishableKey } from "./keys.js";
import { MOONPAY_API_URL } from "./moonpay-client.js";
import { createRequestClock, requestClock } from "./request-clock.js";
import { type QueryValue, signedRequest } from "./signed-request.js";
import { moonPayError } from "./vendor-error.js";
import type { OnRampTransaction, OnRampTransactionPage, VirtualAccount } from "./virtual-account-types.js";

/** With the `u` flag a surrogate pair reads as one code point, so this finds unpaired halves only. */
const LONE_SURROGATE = /\p{Cs}/u;

export interface VirtualAccountsClientOptions extends TransportOptions {
  /** The partner's publishable key (`pk_…`): it goes in every request's query. */
  readonly publishableKey: string;
  /** The partner's RSA private key, PEM or `KeyObject`: it signs every request. */
  readonly privateKey: string | KeyObject;
  /** For tests: the clock that stamps requests. */
  readonly now?: () => number;
}

export interface VirtualAccountFilters {
  readonly customerId?: string;
  readonly walletAddress?: string;
  readonly virtualAccountId?: string;
}

export interface OnRampQuery {
  readonly virtualAccountId: string;
  /** 1 to 100. */
  readonly pageSize: number;
  readonly cursor?: string;
}

export interface VirtualAccountsClient {
  listVirtualAccounts(filters?: VirtualAccountFilters, options?: CallOptions): Promise<Result<VirtualAccount[]>>;
  /** One page of on-ramp transactions. */
  listOnRampTransactions(query: OnRampQuery, options?: CallOptions): Promise<Result<OnRampTransactionPage>>;
  /**
   * Every page in turn; a failed page is yielded as an error `Result` and ends
   * the iteration, and so do a repeated cursor (`PAGING_CURSOR_REPEATED`) and
   * a page past `maxPages`, default 1000 (`PAGING_LIMIT_EXCEEDED`).
   */
  onRampTransactionPages(
    query: Omit<OnRampQuery, "cursor">,
    options?: PagingOptions,
  ): AsyncGenerator<Result<OnRampTransactionPage>>;
  /** Every transaction, following the cursor to the end, within the same bounds as `onRampTransactionPages`. */
  allOnRampTransactions(
    query: Omit<OnRampQuery, "cursor">,
    options?: PagingOptions,
  ): Promise<Result<OnRampTransaction[]>>;
}

/**
 * MoonPay's Virtual Accounts API: every request signed with RSA-SHA256
 * over `{path}?{queryString}`, and signed again, with a fresh timestamp, on
 * every retry.
 */
export function createVirtualAccountsClient(options: VirtualAccountsClientOptions): Result<VirtualAccountsClient> {
  const transport = resolveTransport(options, MOONPAY_API_URL);
  if (!transport.ok) return transport;
  const apiKey = readPublishableKey(options.publishableKey);
  if (!apiKey.ok) return apiKey;
  const privateKey = readPrivateKey(options.privateKey);
  if (!privateKey.ok) return privateKey;
  // A test's own clock gets a request clock of its own; otherwise every client of a key shares the process's.
  return ok(
    new Client(
      transport.value,
      apiKey.value,
      privateKey.value,
      options.now ? createRequestClock(options.now) : requestClock,
    ),
  );
}

class Client implements VirtualAccountsClient {
  constructor(
    readonly transport: Transport,
    readonly apiKey: string,
    readonly privateKey: KeyObject,
    readonly timestampFor: (apiKey: string) => number,
  ) {}

  async listVirtualAccounts(filters: VirtualAccountFilters = {}, options: CallOptions = {}) {
    const answer = await this.#get(
      "/v1/virtual-accounts",
      [
        ["customerId", filters.customerId],
        ["walletAddress", filters.walletAddress],
        ["virtualAccountId", filters.virtualAccountId],
      ],
      options,
    );
    if (!answer.ok) return answer;
    return Array.isArray(answer.value) ? ok(answer.value as VirtualAccount[]) : invalidResponse("MoonPay");
  }

  async listOnRampTransactions(query: OnRampQuery, options: CallOptions = {}) {
    if (!Number.isInteger(query.pageSize) || query.pageSize < 1 || query.pageSize > 100) {
      return err(new ServerError(ServerErrorCode.InvalidArgument, "pageSize must be a whole number from 1 to 100."));
    }
    const answer = await this.#get(
      "/v1/virtual-accounts/transactions/onramp",
      [
        ["virtualAccountId", query.virtualAccountId],
        ["cursor", query.cursor],
        ["pageSize", query.pageSize],
      ],
      options,
    );
    if (!answer.ok) return answer;
    const page = answer.value as { nextCursor?: unknown; transactions?: unknown } | undefined;
    if (!page || !Array.isArray(page.transactions)) return invalidResponse("MoonPay");
    const nextCursor = typeof page.nextCursor === "string" && page.nextCursor !== "" ? page.nextCursor : null;
    return ok({ nextCursor, transactions: page.transactions as OnRampTransaction[] });
  }

  onRampTransactionPages(query: Omit<OnRampQuery, "cursor">, options: PagingOptions = {}) {
    const { maxPages, ...call } = options;
    return cursorPages(
      (cursor) => this.listOnRampTransactions({ ...query, ...(cursor ? { cursor } : {}) }, call),
      maxPages,
    );
  }

  async allOnRampTransactions(query: Omit<OnRampQuery, "cursor">, options: PagingOptions = {}) {
    const all: OnRampTransaction[] = [];
    for await (const page of this.onRampTransactionPages(query, options)) {
      if (!page.ok) return page;
      all.push(...page.value.transactions);
    }
    return ok(all);
  }

  async #get(
    path: string,
    params: readonly (readonly [string, QueryValue])[],
    options: CallOptions,
  ): Promise<Result<unknown>> {
    if (params.some(([, value]) => typeof value === "string" && LONE_SURROGATE.test(value))) {
      return err(
        new ServerError(
          ServerErrorCode.InvalidArgument,
          "Query values must be well-formed Unicode: a lone surrogate has no UTF-8 bytes to sign.",
        ),
      );
    }
    const answer = await send(
      () =>
        signedRequest(
          this.transport.baseUrl,
          path,
          this.apiKey,
          params,
          this.privateKey,
          this.timestampFor(this.apiKey),
        ),
      sendOptions(this.transport, options, moonPayError),
    );
    return answer.ok ? ok(answer.value.body) : answer;
  }
}
