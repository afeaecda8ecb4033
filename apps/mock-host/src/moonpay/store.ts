import { randomBytes } from "node:crypto";
import { observed } from "../observed.js";
import { type Customer, newCustomer } from "./scenarios.js";

/** A session token's life: single use, 24 hours. */
export const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Client credentials' life; customers whose id has `-shortlived-` get 3 seconds. */
export const CREDENTIALS_LIFETIME_MS = 60 * 60 * 1000;
export const SHORT_CREDENTIALS_LIFETIME_MS = 3000;

export interface Session {
  readonly customerId: string;
  readonly device: string;
  readonly createdAt: number;
  used: boolean;
}

/** What a frame holds after spending a session token, so the same frame can check again. */
export interface FrameSession {
  readonly customerId: string;
  readonly device: string;
}

export interface IssuedToken {
  readonly customerId: string;
  readonly device: string;
  readonly anonymous: boolean;
  readonly expiresAt: number;
  /** On an access token: the client token issued with it. */
  readonly clientToken?: string;
}

/** The mock's memory: everything is lost when the process ends, as a test double should. */
export class MoonPayStore {
  readonly sessions = new Map<string, Session>();
  readonly frameSessions = new Map<string, FrameSession>();
  readonly clientTokens = new Map<string, IssuedToken>();
  readonly accessTokens = new Map<string, IssuedToken>();
  readonly #customers = new Map<string, Customer>();

  constructor(readonly now: () => number = Date.now) {}

  customer(id: string): Customer {
    let customer = this.#customers.get(id);
    if (!customer) {
      customer = newCustomer(id, this.now());
      this.#customers.set(id, customer);
    }
    return customer;
  }

  createSession(customerId: string, device: string): string {
    const token = observed.secret(Buffer.from(`sst_${randomBytes(18).toString("base64url")}`).toString("base64"));
    this.sessions.set(token, { customerId, device, createdAt: this.now(), used: false });
    return token;
  }

  openFrameSession(customerId: string, device: string): string {
    const id = observed.secret(`fs_${randomBytes(18).toString("base64url")}`);
    this.frameSessions.set(id, { customerId, device });
    return id;
  }

  /** Issues credentials: anonymous ones carry only a client token. */
  issueCredentials(customerId: string, device: string, anonymous: boolean) {
    const lifetime = customerId.includes("-shortlived-") ? SHORT_CREDENTIALS_LIFETIME_MS : CREDENTIALS_LIFETIME_MS;
    const expiresAt = this.now() + lifetime;
    const issued: IssuedToken = { customerId, device, anonymous, expiresAt };
    const clientToken = observed.secret(`ct_${anonymous ? "anon_" : ""}${randomBytes(18).toString("base64url")}`);
    this.clientTokens.set(clientToken, issued);
    const credentials = { clientToken, expiresAt: new Date(expiresAt).toISOString() };
    if (anonymous) return credentials;
    const accessToken = observed.secret(`at_${randomBytes(24).toString("base64url")}`);
    this.accessTokens.set(accessToken, { ...issued, clientToken });
    return { accessToken, ...credentials };
  }

  /** Forgets tokens (sign-out): they are refused from now on. */
  revoke(tokens: { clientToken?: unknown; accessToken?: unknown }): void {
    if (typeof tokens.clientToken === "string") this.clientTokens.delete(tokens.clientToken);
    if (typeof tokens.accessToken === "string") this.accessTokens.delete(tokens.accessToken);
  }
}
