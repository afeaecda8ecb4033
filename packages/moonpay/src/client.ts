import { createDisposer, createKeyPair, ErrorCode, err, FramelinkError, type KeyPair, ok, preconnect, type Result } from "@framelink/frames";
import type { WireCredentials } from "@framelink/protocol";
import { type CheckFrame, mountCheckFrame } from "./check-frame.js";
import type { ConnectHost } from "./connect-flow.js";
import type { Connection, Credentials } from "./connection.js";
import type { ConnectEvent, FrameHandle } from "./events.js";
import type { ApplePayEvent, ApplePayHandle, ChallengeEvent } from "./payment-events.js";
import type { PaymentMethods, Quote, QuoteInput, Transaction, TransactionPage } from "./payment-types.js";
import { frameTools } from "./frame-tools.js";
import { loadConnect } from "./load-connect.js";
import { loadPayments, type PaymentsModule } from "./load-payments.js";
import { type CallOptions, currentCredentials, type PaymentContext } from "./payment-context.js";
import { fromFrameError } from "./frame-error.js";
import { openConnection } from "./open-connection.js";
import type { ResolvedOptions } from "./options.js";

export interface ConnectOptions {
  /** The element the connect frame fills. It must be in the document. */
  readonly container: Element;
  /** Force dark or light; by default the frame follows the customer's system setting. */
  readonly theme?: { readonly appearance?: "dark" | "light" };
  /** Receives `ready`, `complete` and `error`, only after `connect()` has resolved `ok`. */
  readonly onEvent?: (event: ConnectEvent) => void;
}

/** A MoonPay client for one customer session. Create it with `createClient`. */
export interface MoonPayClient {
  /**
   * Asks the hidden check frame for the customer's connection. The first call
   * spends the session token; later calls ask the same live frame again.
   */
  getConnection(): Promise<Result<Connection, FramelinkError>>;
  /**
   * Mounts the connect frame in `container` and resolves once it is mounted
   * and has its client token; the flow then reports through `onEvent`.
   * Runs the connection check first if it has not run yet.
   */
  connect(options: ConnectOptions): Promise<Result<FrameHandle, FramelinkError>>;
  /**
   * The authenticated credentials, synchronously: `noActiveSession` until the
   * customer is connected, `credentialsExpired` after their `expiresAt`.
   */
  getCredentials(): Result<Credentials, FramelinkError>;
  /** `GET /platform/v1/payment-methods`: what the customer can pay with now, and what is stored. */
  getPaymentMethods(options?: CallOptions): Promise<Result<PaymentMethods, FramelinkError>>;
  deletePaymentMethod(id: string, options?: CallOptions): Promise<Result<void, FramelinkError>>;
  /** `POST /platform/v1/quotes/buy`. Pass `value.signature` to `setupApplePay` untouched. */
  getQuote(input: QuoteInput, options?: CallOptions): Promise<Result<Quote, FramelinkError>>;
  /** Mounts the Apple Pay frame for an executable quote; see `ApplePayEvent`. */
  setupApplePay(options: { quote: string | { signature: string }; container: Element; onEvent?: (event: ApplePayEvent) => void }): Promise<Result<ApplePayHandle, FramelinkError>>;
  /** Mounts the verification frame at the URL of a `challenge` event. */
  setupChallenge(options: { url: string; container: Element; onEvent?: (event: ChallengeEvent) => void }): Promise<Result<FrameHandle, FramelinkError>>;
  getTransaction(id: string, options?: CallOptions): Promise<Result<Transaction, FramelinkError>>;
  listTransactions(query?: { cursor?: string | null }, options?: CallOptions): Promise<Result<TransactionPage, FramelinkError>>;
  /** Polls until the transaction is `completed` or `failed`; stops at once when `signal` aborts. */
  waitForTransaction(id: string, options?: { signal?: AbortSignal; timeoutMs?: number }): Promise<Result<Transaction, FramelinkError>>;
  /** Signs this device out; resolves `ok` when done or after 5 s, whatever happens. */
  resetConnection(): Promise<Result<void, FramelinkError>>;
  /** Removes every frame, channel and timer and forgets all credentials. Idempotent. */
  dispose(): void;
}

export class Client implements MoonPayClient {
  readonly #options: ResolvedOptions;
  readonly #disposer = createDisposer();
  #keyPair: Promise<Result<KeyPair, FramelinkError>> | undefined;
  #checkFrame: CheckFrame | undefined;
  #sessionTokenSent = false;
  #checking: Promise<Result<Connection, FramelinkError>> | undefined;
  #credentials: WireCredentials | undefined;
  #connectFrame: FrameHandle | "opening" | undefined;
  readonly #payments: PaymentContext;

  constructor(options: ResolvedOptions) {
    this.#options = options;
    this.#payments = {
      options,
      tools: frameTools,
      credentials: () => this.#credentials,
      disposer: this.#disposer,
      openFrames: new Set(),
    };
    this.#disposer.add(() => {
      for (const dispose of [...this.#payments.openFrames]) dispose();
      this.#checkFrame?.dispose();
      this.#checkFrame = undefined;
      if (typeof this.#connectFrame === "object") this.#connectFrame.dispose();
      this.#connectFrame = undefined;
      this.#keyPair = undefined;
      this.#credentials = undefined;
    });
    // Every integration checks the connection first, so the frame and the key
    // pair start now: by the time getConnection() is called, both may be ready.
    if (typeof document !== "undefined") {
      preconnect(options.frameOrigin);
      this.#ensureKeyPair();
      this.#ensureCheckFrame();
      // After the check comes connect, for most customers: its code loads
      // while the check frame does, so that connect() need not wait for it.
      void loadConnect();
    }
  }

  getConnection(): Promise<Result<Connection, FramelinkError>> {
    if (this.#disposer.disposed) return Promise.resolve(disposedResult());
    this.#checking ??= this.#check().finally(() => {
      this.#checking = undefined;
    });
    return this.#checking;
  }

  async connect(options: ConnectOptions): Promise<Result<FrameHandle, FramelinkError>> {
    if (this.#disposer.disposed) return disposedResult();
    if (this.#connectFrame) {
      return err(new FramelinkError(ErrorCode.AlreadyOpen, "A connect frame is already open for this client; dispose it first."));
    }
    this.#connectFrame = "opening";
    const flow = await loadConnect();
    const opened = flow.ok ? await flow.value.openConnect(this.#connectHost(), options) : flow;
    if (!opened.ok) {
      if (this.#connectFrame === "opening") this.#connectFrame = undefined;
      return opened;
    }
    this.#connectFrame = opened.value;
    return ok(opened.value);
  }

  dispose(): void {
    this.#disposer.dispose();
  }

  getCredentials() {
    return currentCredentials(this.#payments);
  }

  getPaymentMethods(options?: CallOptions) {
    return this.#withPayments((module) => module.getPaymentMethods(this.#payments, options));
  }

  deletePaymentMethod(id: string, options?: CallOptions) {
    return this.#withPayments((module) => module.deletePaymentMethod(this.#payments, id, options));
  }

  getQuote(input: QuoteInput, options?: CallOptions) {
    return this.#withPayments((module) => module.getQuote(this.#payments, input, options));
  }

  setupApplePay(options: Parameters<MoonPayClient["setupApplePay"]>[0]) {
    return this.#withPayments((module) => module.setupApplePay(this.#payments, options));
  }

  setupChallenge(options: Parameters<MoonPayClient["setupChallenge"]>[0]) {
    return this.#withPayments((module) => module.setupChallenge(this.#payments, options));
  }

  getTransaction(id: string, options?: CallOptions) {
    return this.#withPayments((module) => module.getTransaction(this.#payments, id, options));
  }

  listTransactions(query?: { cursor?: string | null }, options?: CallOptions) {
    return this.#withPayments((module) => module.listTransactions(this.#payments, query, options));
  }

  waitForTransaction(id: string, options?: { signal?: AbortSignal; timeoutMs?: number }) {
    return this.#withPayments((module) => module.waitForTransaction(this.#payments, id, options));
  }

  async resetConnection(): Promise<Result<void, FramelinkError>> {
    const held = this.#credentials;
    this.#credentials = undefined;
    if (!held) return ok(undefined);
    // Sign-out never fails: without the reset frame's code, the credentials
    // are still forgotten here and expire at the host.
    const loaded = await loadPayments();
    return loaded.ok ? loaded.value.resetConnection(this.#payments, held) : ok(undefined);
  }

  #hold(credentials: WireCredentials): void {
    this.#credentials = credentials;
    // With authenticated credentials, what comes next is paying: have its code ready by then.
    if (credentials.accessToken) void loadPayments();
  }

  #connectHost(): ConnectHost {
    return {
      options: this.#options,
      tools: frameTools,
      openConnection,
      disposer: this.#disposer,
      prepare: async () => {
        if (!this.#credentials) {
          const checked = await this.getConnection();
          if (!checked.ok) return checked;
        }
        const keyPair = await this.#ensureKeyPair();
        if (!keyPair.ok) return keyPair;
        const clientToken = this.#credentials?.clientToken;
        if (this.#disposer.disposed) return disposedResult();
        if (!clientToken) {
          return err(new FramelinkError(ErrorCode.NoClientToken, "The customer's connection status does not allow connecting now."));
        }
        return ok({ clientToken, keyPair: keyPair.value });
      },
      hold: (credentials) => this.#hold(credentials),
      onFrameGone: (frame) => {
        if (this.#connectFrame === frame) this.#connectFrame = undefined;
      },
    };
  }

  async #withPayments<T>(use: (module: PaymentsModule) => Promise<Result<T, FramelinkError>>): Promise<Result<T, FramelinkError>> {
    if (this.#disposer.disposed) return disposedResult();
    const loaded = await loadPayments();
    return loaded.ok ? use(loaded.value) : loaded;
  }

  async #check(): Promise<Result<Connection, FramelinkError>> {
    const keyPair = await this.#ensureKeyPair();
    if (!keyPair.ok) return keyPair;
    const frame = this.#ensureCheckFrame();
    if (!frame.ok) return frame;
    const reply = await frame.value.check({
      ...(this.#sessionTokenSent ? {} : { sessionToken: this.#options.sessionToken }),
      publicKey: keyPair.value.publicKeyHex,
    });
    if (this.#disposer.disposed) return disposedResult();
    if (!reply.ok) {
      if (reply.error.code !== ErrorCode.CallTimeout) this.#forgetCheckFrame(frame.value);
      else this.#sessionTokenSent = true;
      return reply;
    }
    this.#sessionTokenSent = true;
    if (reply.value.kind === "error") return err(fromFrameError(reply.value.payload));
    const opened = await openConnection(reply.value.payload, keyPair.value);
    if (this.#disposer.disposed) return disposedResult();
    if (!opened.ok) return opened;
    if (opened.value.credentials) this.#hold(opened.value.credentials);
    return ok(opened.value.connection);
  }

  #ensureKeyPair(): Promise<Result<KeyPair, FramelinkError>> {
    this.#keyPair ??= createKeyPair().then((result) => {
      if (!result.ok) this.#keyPair = undefined;
      return result;
    });
    return this.#keyPair;
  }

  #ensureCheckFrame(): Result<CheckFrame, FramelinkError> {
    if (this.#checkFrame) return ok(this.#checkFrame);
    const mounted = mountCheckFrame(this.#options);
    if (mounted.ok) this.#checkFrame = mounted.value;
    return mounted;
  }

  /** A frame whose channel failed is removed, so the next call mounts a fresh one. */
  #forgetCheckFrame(frame: CheckFrame): void {
    frame.dispose();
    if (this.#checkFrame === frame) this.#checkFrame = undefined;
  }
}

function disposedResult(): Result<never, FramelinkError> {
  return err(new FramelinkError(ErrorCode.Disposed, "The client was disposed."));
}
