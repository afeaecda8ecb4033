import {
  createKeyPair,
  ErrorCode,
  err,
  FramelinkError,
  type KeyPair,
  ok,
  preconnect,
  type Result,
} from "@framelink/frames";
import { runCheckFrame } from "./check-frame.js";
import type { ConnectingClient } from "./connect-flow.js";
import type { Connection, Credentials } from "./connection.js";
import type { FrameHandle } from "./events.js";
import { frameTools } from "./frame-tools.js";
import { nextHeld } from "./held-connection.js";
import type { ConnectOptions, MoonPayClient, PaymentCalls } from "./moonpay-client.js";
import type { ResolvedOptions } from "./options.js";
import { loadConnect, loadPayments, type PaymentsModule } from "./parts.js";
import { currentCredentials, type PaymentContext } from "./payment-context.js";
import { type HeldCredentials, type ReadConnection, readConnection } from "./read-connection.js";

/** The calls of the payments part, forwarded by the client once the part is loaded. */
const PAYMENT_CALLS = [
  "getPaymentMethods",
  "deletePaymentMethod",
  "getQuote",
  "getTransaction",
  "listTransactions",
  "waitForTransaction",
  "setupApplePay",
  "setupGooglePay",
  "setupBuy",
  "setupBuyButton",
  "setupWidget",
  "setupChallenge",
] as const satisfies readonly (keyof PaymentCalls)[];

// The payment calls are defined on the prototype by the static block below; this tells TypeScript they are there.
export interface Client extends PaymentCalls {}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the merged interface describes exactly what the static block defines.
export class Client implements MoonPayClient {
  // One forwarding method per payment call, each: load the part, then call
  // it with the client's context. Written once here rather than twelve times.
  static {
    for (const name of PAYMENT_CALLS) {
      Object.defineProperty(Client.prototype, name, {
        value(this: Client, ...args: unknown[]) {
          return this.#pay((calls) =>
            (calls[name] as (context: PaymentContext, ...rest: unknown[]) => Promise<Result<unknown, FramelinkError>>)(
              this.#payments,
              ...args,
            ),
          );
        },
      });
    }
  }

  readonly #options: ResolvedOptions;
  readonly #lifetime = new AbortController();
  #keyPair: Promise<Result<KeyPair, FramelinkError>> | undefined;
  #checking: Promise<Result<Connection, FramelinkError>> | undefined;
  #connection: Connection | undefined;
  #credentials: HeldCredentials | undefined;
  /** Counts sign-outs: what a check or connect learnt before the latest one is not kept. */
  #signOuts = 0;
  #connectFrame: FrameHandle | "opening" | undefined;
  readonly #payments: PaymentContext;

  constructor(options: ResolvedOptions) {
    this.#options = options;
    this.#payments = {
      options,
      tools: frameTools,
      credentials: () => this.#credentials,
      lifetime: this.#lifetime.signal,
    };
    // Every integration checks the connection first, and the session token
    // can only be spent once, by the check frame: it starts now, so that by
    // the time getConnection() is called the answer may be in.
    if (typeof document !== "undefined") {
      preconnect(options.frameOrigin);
      void this.getConnection();
      // After the check comes connect, for most customers: its code loads
      // while the check frame does, so that connect() need not wait for it.
      void loadConnect();
    }
  }

  getConnection(): Promise<Result<Connection, FramelinkError>> {
    if (this.#lifetime.signal.aborted) return Promise.resolve(disposedResult());
    // The session token is single-use: a client that knows the connection
    // answers from what it knows (kept current by connect()), until its
    // credentials expire: then only a new session can tell.
    if (this.#connection) {
      const expiresAt = this.#credentials?.expiresAt;
      if (expiresAt && Date.parse(expiresAt) <= Date.now()) {
        const message = "The credentials have expired: create a new session and client to check the connection again.";
        return Promise.resolve(err(new FramelinkError(ErrorCode.CredentialsExpired, message)));
      }
      return Promise.resolve(ok(this.#connection));
    }
    this.#checking ??= this.#check().finally(() => {
      this.#checking = undefined;
    });
    return this.#checking;
  }

  async connect(options: ConnectOptions): Promise<Result<FrameHandle, FramelinkError>> {
    if (this.#lifetime.signal.aborted) return disposedResult();
    if (this.#connectFrame) {
      return err(
        new FramelinkError(ErrorCode.AlreadyOpen, "A connect frame is already open for this client; dispose it first."),
      );
    }
    this.#connectFrame = "opening";
    const flow = await loadConnect();
    const opened = flow.ok ? await flow.value.openConnect(this.#connecting(), options) : flow;
    if (!opened.ok) {
      if (this.#connectFrame === "opening") this.#connectFrame = undefined;
      return opened;
    }
    this.#connectFrame = opened.value;
    return ok(opened.value);
  }

  dispose(): void {
    if (this.#lifetime.signal.aborted) return;
    this.#lifetime.abort();
    if (typeof this.#connectFrame === "object") this.#connectFrame.dispose();
    this.#connectFrame = undefined;
    this.#keyPair = undefined;
    this.#credentials = undefined;
    this.#connection = undefined;
  }

  getCredentials(): Result<Credentials, FramelinkError> {
    return currentCredentials(this.#payments);
  }

  async resetConnection(): Promise<Result<void, FramelinkError>> {
    const clientToken = this.#credentials?.clientToken;
    this.#signOuts++;
    this.#credentials = undefined;
    if (this.#connection) this.#connection = { status: "connectionRequired" };
    if (typeof this.#connectFrame === "object") this.#connectFrame.dispose();
    if (this.#lifetime.signal.aborted) return ok(undefined);
    // Sign-out never fails: without the reset frame's code, the credentials
    // are still forgotten here and expire at MoonPay.
    const loaded = await loadPayments();
    return loaded.ok ? loaded.value.resetConnection(this.#payments, clientToken) : ok(undefined);
  }

  /** Keeps what a check or connect learnt (see {@link nextHeld}), unless the device was signed out since it began (`generation`). */
  #hold(read: ReadConnection, generation: number): void {
    if (generation !== this.#signOuts) return;
    const held = nextHeld({ connection: this.#connection, credentials: this.#credentials }, read);
    this.#connection = held.connection;
    this.#credentials = held.credentials;
    // With authenticated credentials, what comes next is paying: have its code ready by then.
    if (held.credentials?.authenticated) void loadPayments();
  }

  #connecting(): ConnectingClient {
    const generation = this.#signOuts;
    return {
      options: this.#options,
      tools: frameTools,
      readConnection,
      lifetime: this.#lifetime.signal,
      prepare: async () => {
        if (!this.#credentials) {
          const checked = await this.getConnection();
          if (!checked.ok) return checked;
        }
        const keyPair = await this.#ensureKeyPair();
        if (!keyPair.ok) return keyPair;
        if (this.#lifetime.signal.aborted) return disposedResult();
        const clientToken = this.#credentials?.clientToken;
        if (!clientToken) {
          return err(
            new FramelinkError(
              ErrorCode.NoClientToken,
              "The customer's connection status does not allow connecting now.",
            ),
          );
        }
        return ok({ clientToken, keyPair: keyPair.value });
      },
      hold: (read) => this.#hold(read, generation),
      onFrameGone: (frame) => {
        if (this.#connectFrame === frame) this.#connectFrame = undefined;
      },
    };
  }

  async #pay<T>(
    use: (calls: PaymentsModule) => Promise<Result<T, FramelinkError>>,
  ): Promise<Result<T, FramelinkError>> {
    if (this.#lifetime.signal.aborted) return disposedResult();
    const loaded = await loadPayments();
    return loaded.ok ? use(loaded.value) : loaded;
  }

  async #check(): Promise<Result<Connection, FramelinkError>> {
    const generation = this.#signOuts;
    const keyPair = await this.#ensureKeyPair();
    if (!keyPair.ok) return keyPair;
    const signal = this.#lifetime.signal;
    const wire = await runCheckFrame(this.#options, keyPair.value.publicKeyHex, signal);
    if (!wire.ok) return signal.aborted ? disposedResult() : wire;
    const read = await readConnection(wire.value, keyPair.value);
    if (signal.aborted) return disposedResult();
    if (!read.ok) return read;
    this.#hold(read.value, generation);
    return ok(this.#connection ?? read.value.connection);
  }

  #ensureKeyPair(): Promise<Result<KeyPair, FramelinkError>> {
    this.#keyPair ??= createKeyPair().then((result) => {
      if (!result.ok) this.#keyPair = undefined;
      return result;
    });
    return this.#keyPair;
  }
}

function disposedResult(): Result<never, FramelinkError> {
  return err(new FramelinkError(ErrorCode.Disposed, "The client was disposed."));
}
