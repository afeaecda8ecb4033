import { type KeyObject, randomBytes } from "node:crypto";
import { AttemptLimit } from "../attempt-limit.js";
import { FrameSessions } from "../frame-sessions.js";
import { observed } from "../observed.js";
import { ScenarioBook } from "../scenarios/scenario-book.js";
import { type Customer, newCustomer } from "./scenarios.js";

/** A session token's life: single use, 24 hours. */
export const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Client credentials' life; customers whose id has `-shortlived-` get 3 seconds. */
export const CREDENTIALS_LIFETIME_MS = 60 * 60 * 1000;
export const SHORT_CREDENTIALS_LIFETIME_MS = 3000;

/** What a merchant's server said about the customer when it created the session. */
export interface SessionDetails {
  /** Email and phone number, both or neither: a customer MoonPay knows by them is only asked for a one-time code. */
  readonly contact?: { readonly email: string; readonly phoneNumber: string };
  /** The customer accepted MoonPay's terms in the merchant's own UI (guest checkout). */
  readonly termsAcceptedAt?: number;
}

export interface Session extends SessionDetails {
  readonly customerId: string;
  readonly device: string;
  readonly createdAt: number;
  used: boolean;
}

export interface IssuedToken {
  readonly customerId: string;
  readonly device: string;
  readonly anonymous: boolean;
  readonly expiresAt: number;
  /** On an access token: the client token issued with it. */
  readonly clientToken?: string;
  /** The session's contact details, on the anonymous client token the connect frame starts with. */
  readonly contact?: SessionDetails["contact"];
}

/** One load of the connect frame, from its `connect/start`: whose client token, the key to seal to, and how far it got. */
export interface ConnectFrame {
  readonly clientToken: string;
  readonly publicKey: KeyObject;
  /** The one-time code was verified in this load; only then may it consent. */
  verified: boolean;
}

/** The mock's memory: everything is lost when the process ends, as a test double should. */
export class MoonPayStore {
  readonly sessions = new Map<string, Session>();
  readonly clientTokens = new Map<string, IssuedToken>();
  readonly accessTokens = new Map<string, IssuedToken>();
  readonly connectFrames: FrameSessions<ConnectFrame>;
  /** Wrong one-time codes, by anonymous client token: a new load of the connect frame does not start the count again. */
  readonly wrongCodes = new AttemptLimit();
  readonly #customers = new Map<string, Customer>();

  constructor(
    readonly now: () => number = Date.now,
    readonly scenarios = new ScenarioBook(),
  ) {
    this.connectFrames = new FrameSessions("fs", now);
  }

  customer(id: string): Customer {
    let customer = this.#customers.get(id);
    if (!customer) {
      customer = newCustomer(id, this.now(), this.scenarios.moonpay(id));
      this.#customers.set(id, customer);
    }
    return customer;
  }

  /** What the host knew of a customer goes: their next session starts from their scenario. */
  forgetCustomer(id: string): void {
    this.#customers.delete(id);
  }

  createSession(customerId: string, device: string, details: SessionDetails = {}): string {
    const token = observed.secret(Buffer.from(`sst_${randomBytes(18).toString("base64url")}`).toString("base64"));
    this.sessions.set(token, { customerId, device, createdAt: this.now(), used: false, ...details });
    return token;
  }

  /** `DELETE /platform/v1/sessions`: the customer's unspent sessions and every token issued to them end now. */
  revokeCustomer(customerId: string): void {
    for (const [token, session] of this.sessions) if (session.customerId === customerId) this.sessions.delete(token);
    for (const tokens of [this.clientTokens, this.accessTokens]) {
      for (const [token, issued] of tokens) if (issued.customerId === customerId) tokens.delete(token);
    }
  }

  /**
   * Issues credentials. Anonymous ones (a connection still to make) carry a
   * client token to open the connect frame with, and, as MoonPay's do, a
   * scoped access token that the platform API refuses for customer calls.
   */
  issueCredentials(customerId: string, device: string, anonymous: boolean, contact?: SessionDetails["contact"]) {
    const lifetime = customerId.includes("-shortlived-") ? SHORT_CREDENTIALS_LIFETIME_MS : CREDENTIALS_LIFETIME_MS;
    const expiresAt = this.now() + lifetime;
    const issued: IssuedToken = {
      customerId,
      device,
      anonymous,
      expiresAt,
      ...(anonymous && contact ? { contact } : {}),
    };
    const kind = anonymous ? "anon_" : "";
    const clientToken = observed.secret(`ct_${kind}${randomBytes(18).toString("base64url")}`);
    this.clientTokens.set(clientToken, issued);
    const accessToken = observed.secret(`at_${kind}${randomBytes(24).toString("base64url")}`);
    this.accessTokens.set(accessToken, { ...issued, clientToken });
    return { accessToken, clientToken, expiresAt: new Date(expiresAt).toISOString() };
  }

  /**
   * Signs a device out, as MoonPay's reset frame does: every client and
   * access token issued to the customer of `clientToken` on that device is
   * refused from now on. An unknown token signs nothing out.
   */
  signOut(clientToken: unknown, device: string): void {
    const issued = typeof clientToken === "string" ? this.clientTokens.get(clientToken) : undefined;
    if (!issued || issued.device !== device) return;
    for (const tokens of [this.clientTokens, this.accessTokens]) {
      for (const [token, other] of tokens)
        if (other.customerId === issued.customerId && other.device === device) tokens.delete(token);
    }
  }

  /** Forgets tokens (sign-out): they are refused from now on. */
  revoke(tokens: { clientToken?: unknown; accessToken?: unknown }): void {
    if (typeof tokens.clientToken === "string") this.clientTokens.delete(tokens.clientToken);
    if (typeof tokens.accessToken === "string") this.accessTokens.delete(tokens.accessToken);
  }
}
