import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { FrameSessions } from "../frame-sessions.js";
import type { PaymentFailure } from "./payment-scenario.js";

/** How long a quote stays executable; `-quickquote-` customers get 2 seconds. */
export const QUOTE_LIFETIME_MS = 60_000;
export const QUICK_QUOTE_LIFETIME_MS = 2000;
/** A transaction stays `pending` this long, then completes. */
export const SETTLEMENT_MS = 2500;
/** How long a challenge URL can be opened and decided. */
export const CHALLENGE_LIFETIME_MS = 10 * 60 * 1000;

export interface Quote {
  readonly id: string;
  readonly customerId: string;
  readonly source: string;
  readonly destination: string;
  readonly sourceAmount: string;
  readonly destinationAmount: string;
  readonly walletAddress: string | null;
  readonly paymentMethod: string | null;
  /** A stored method's id, when the quote names one (`{ type: "card", id }`). */
  readonly paymentMethodId?: string;
  readonly executable: boolean;
  readonly expiresAt: string;
}

export interface Transaction {
  readonly id: string;
  readonly customerId: string;
  readonly createdAt: number;
  readonly quote: Quote;
  readonly failure?: PaymentFailure;
  /** The merchant's own reference, as the payment frame's URL gave it. */
  readonly externalTransactionId?: string;
}

/** How a payment ends, decided when it is made (or when its challenge is). */
export interface PaymentTerms {
  readonly failure?: PaymentFailure | undefined;
  readonly externalTransactionId?: string | undefined;
}

/**
 * A payment waiting for the customer's verification. Its token, in the
 * challenge frame's URL, is all the frame has: it is unguessable, single-use,
 * short-lived and bound to the device; the customer it pays for stays here.
 */
export interface Challenge {
  readonly customerId: string;
  readonly device: string;
  readonly quote: Quote;
  readonly expiresAt: number;
  readonly failure?: PaymentFailure;
  readonly externalTransactionId?: string;
  used: boolean;
}

/** One load of a payment frame, from its first quote check: only it pays, and only what it checked. */
export interface PaymentFrameSession {
  readonly frame: string;
  readonly clientToken: string;
  /** The signature of the quote it checked last and has not paid yet. */
  checked: string | undefined;
}

/**
 * Quotes, transactions and challenges. A quote is self-contained and signed
 * (HMAC with a key only this process knows): the payment frame refuses a
 * signature that was changed in any way.
 */
export class PaymentsStore {
  readonly transactions = new Map<string, Transaction>();
  readonly challenges = new Map<string, Challenge>();
  readonly deletedPaymentMethods = new Set<string>();
  readonly paymentFrames: FrameSessions<PaymentFrameSession>;
  /** Loads of the challenge frame, each by the challenge token it opened. */
  readonly challengeFrames: FrameSessions<string>;
  readonly #key = randomBytes(32);

  constructor(readonly now: () => number = Date.now) {
    this.paymentFrames = new FrameSessions("fs", now);
    this.challengeFrames = new FrameSessions("fs", now);
  }

  signQuote(quote: Quote): string {
    const body = Buffer.from(JSON.stringify(quote)).toString("base64url");
    return `${body}.${this.#mac(body)}`;
  }

  /** The quote a signature carries, if the signature is intact. */
  openQuote(signature: unknown): Quote | undefined {
    if (typeof signature !== "string") return undefined;
    const [body, mac, extra] = signature.split(".");
    if (!body || !mac || extra !== undefined) return undefined;
    const expected = Buffer.from(this.#mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    return JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Quote;
  }

  createTransaction(quote: Quote, { failure, externalTransactionId }: PaymentTerms = {}): Transaction {
    const transaction: Transaction = {
      id: `txn_${randomBytes(12).toString("base64url")}`,
      customerId: quote.customerId,
      createdAt: this.now(),
      quote,
      ...(failure ? { failure } : {}),
      ...(externalTransactionId ? { externalTransactionId } : {}),
    };
    this.transactions.set(transaction.id, transaction);
    return transaction;
  }

  statusOf(transaction: Transaction): "pending" | "completed" | "failed" {
    if (transaction.failure) return "failed";
    return this.now() - transaction.createdAt < SETTLEMENT_MS ? "pending" : "completed";
  }

  createChallenge(quote: Quote, device: string, { failure, externalTransactionId }: PaymentTerms = {}): string {
    const token = `chl_${randomBytes(24).toString("base64url")}`;
    const expiresAt = this.now() + CHALLENGE_LIFETIME_MS;
    this.challenges.set(token, {
      customerId: quote.customerId,
      device,
      quote,
      expiresAt,
      used: false,
      ...(failure ? { failure } : {}),
      ...(externalTransactionId ? { externalTransactionId } : {}),
    });
    return token;
  }

  /** The challenge `token` names, if it is still open and this device's. */
  openChallenge(token: unknown, device: string): Challenge | undefined {
    const challenge = typeof token === "string" ? this.challenges.get(token) : undefined;
    return challenge && !challenge.used && challenge.expiresAt > this.now() && challenge.device === device
      ? challenge
      : undefined;
  }

  #mac(body: string): string {
    return createHmac("sha256", this.#key).update(body).digest("base64url");
  }
}
