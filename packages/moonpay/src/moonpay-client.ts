import type { FramelinkError, Result } from "@framelink/frames";
import type { Connection, Credentials } from "./connection.js";
import type { ConnectEvent, FrameHandle } from "./events.js";
import type { CallOptions } from "./payment-context.js";
import type {
  ChallengeEvent,
  PaymentFrameEvent,
  PaymentFrameHandle,
  QuoteReference,
  WidgetEvent,
} from "./payment-events.js";
import type {
  PaymentMethods,
  Quote,
  QuoteInput,
  Transaction,
  TransactionPage,
  TransactionQuery,
  WaitOptions,
} from "./payment-types.js";

export interface ConnectOptions {
  /** The element the connect frame fills. It must be in the document. */
  readonly container: Element;
  /** Force dark or light; by default the frame follows the customer's system setting. */
  readonly theme?: { readonly appearance?: "dark" | "light" };
  /** Receives `ready`, `complete` and `error`, only after `connect()` has resolved `ok`. */
  readonly onEvent?: (event: ConnectEvent) => void;
}

/** Apple Pay, Google Pay and the Buy button: a visible frame for an executable quote. */
export interface PaymentFrameOptions {
  /** The executable quote's `signature` (or the quote itself), as `getQuote` returned it. */
  readonly quote: QuoteReference;
  readonly container: Element;
  /** Your own id for the transaction, stored with MoonPay's (Google Pay, Buy, Buy button). */
  readonly externalTransactionId?: string;
  readonly onEvent?: (event: PaymentFrameEvent) => void;
}

/** The headless Buy frame: no UI; a container is optional (hidden frames go to `document.body`). */
export interface BuyOptions extends Omit<PaymentFrameOptions, "container"> {
  readonly container?: Element;
}

export interface WidgetOptions {
  readonly quote: QuoteReference;
  readonly container: Element;
  readonly onEvent?: (event: WidgetEvent) => void;
}

export interface ChallengeOptions {
  /** The URL of a `challenge` event, as it is. It must be on the frame host. */
  readonly url: string;
  readonly container: Element;
  readonly onEvent?: (event: ChallengeEvent) => void;
}

/** A MoonPay client for one customer session. Create it with `createClient`. */
export interface MoonPayClient {
  /**
   * The customer's connection. The hidden check frame spends the single-use
   * session token, so it answers once per client (in a browser it starts as
   * soon as the client is created; a check that failed is tried again, with
   * a new frame, by the next call). Later calls answer from what the client
   * knows, kept current by `connect()` and `resetConnection()`, until the
   * credentials' `expiresAt` has passed: then `credentialsExpired`, and only
   * a new session can tell.
   */
  getConnection(): Promise<Result<Connection, FramelinkError>>;
  /**
   * Mounts the connect frame in `container` and resolves once it is mounted
   * and talking; the flow then reports through `onEvent`. Runs the
   * connection check first if it has not run yet.
   */
  connect(options: ConnectOptions): Promise<Result<FrameHandle, FramelinkError>>;
  /**
   * The authenticated credentials, synchronously: `noActiveSession` until the
   * customer is connected, `credentialsExpired` after their `expiresAt`.
   */
  getCredentials(): Result<Credentials, FramelinkError>;
  /** `GET /platform/v1/payment-methods`: what the customer can pay with now, and what is stored. */
  getPaymentMethods(options?: CallOptions): Promise<Result<PaymentMethods, FramelinkError>>;
  /** `DELETE /platform/v1/payment-methods/{id}`. */
  deletePaymentMethod(id: string, options?: CallOptions): Promise<Result<void, FramelinkError>>;
  /** `POST /platform/v1/quotes/buy`. Pass the quote (or its `signature`) to a payment frame untouched. */
  getQuote(input: QuoteInput, options?: CallOptions): Promise<Result<Quote, FramelinkError>>;
  /** `GET /platform/v1/transactions/{id}`. */
  getTransaction(id: string, options?: CallOptions): Promise<Result<Transaction, FramelinkError>>;
  /** `GET /platform/v1/transactions`, a page at a time: pass `pageInfo.nextCursor` back as `cursor`; `limit`, `startDate`, `endDate` as MoonPay documents them. */
  listTransactions(query?: TransactionQuery, options?: CallOptions): Promise<Result<TransactionPage, FramelinkError>>;
  /** Polls until the transaction is `completed` or `failed`; stops at once when `signal` aborts, `callTimeout` after `timeoutMs`. */
  waitForTransaction(id: string, options?: WaitOptions): Promise<Result<Transaction, FramelinkError>>;
  /** The Apple Pay button (`allow="payment"`, 44 px). */
  setupApplePay(options: PaymentFrameOptions): Promise<Result<PaymentFrameHandle, FramelinkError>>;
  /** The Google Pay button (`allow="payment"`, 44 px). */
  setupGooglePay(options: PaymentFrameOptions): Promise<Result<PaymentFrameHandle, FramelinkError>>;
  /** The headless Buy frame: pays the quote with the customer's stored method, no UI. */
  setupBuy(options: BuyOptions): Promise<Result<PaymentFrameHandle, FramelinkError>>;
  /** MoonPay's Buy button: the Buy frame's payment behind a button of MoonPay's. */
  setupBuyButton(options: PaymentFrameOptions): Promise<Result<PaymentFrameHandle, FramelinkError>>;
  /** MoonPay's buy widget (`flow=buy`) for a quote. */
  setupWidget(options: WidgetOptions): Promise<Result<FrameHandle, FramelinkError>>;
  /** Mounts the verification frame at the URL of a `challenge` event. */
  setupChallenge(options: ChallengeOptions): Promise<Result<FrameHandle, FramelinkError>>;
  /**
   * Signs this device out and forgets the credentials; resolves `ok` when done
   * or after 5 s, whatever happens. A connection the client knew then reads
   * `connectionRequired`, and connecting again needs a new session and client
   * (`connect()` on this one is `noClientToken`).
   */
  resetConnection(): Promise<Result<void, FramelinkError>>;
  /** Removes every frame and timer, stops listening and forgets all credentials. Idempotent. */
  dispose(): void;
}

/** The calls that live in the payments part, loaded on first use. */
export type PaymentCalls = Pick<
  MoonPayClient,
  | "getPaymentMethods"
  | "deletePaymentMethod"
  | "getQuote"
  | "getTransaction"
  | "listTransactions"
  | "waitForTransaction"
  | "setupApplePay"
  | "setupGooglePay"
  | "setupBuy"
  | "setupBuyButton"
  | "setupWidget"
  | "setupChallenge"
>;
