import { randomBytes } from "node:crypto";
import { AttemptLimit } from "../attempt-limit.js";
import { FrameSessions } from "../frame-sessions.js";
import { observed } from "../observed.js";
import { ScenarioBook } from "../scenarios/scenario-book.js";

export const ACCESS_TOKEN_LIFETIME_S = 3600;
export const LINK_SESSION_LIFETIME_MS = 30 * 60 * 1000;
export const OAUTH_LIFETIME_MS = 10 * 60 * 1000;

const secret = (prefix: string) => `${prefix}_${randomBytes(18).toString("base64url")}`;

export type Step = "consent" | "institution" | "login" | "mfa" | "oauth" | "accounts" | "done";

export interface LinkSession {
  readonly id: string;
  readonly customerUserId: string;
  readonly redirectUri: string | null;
  readonly existingLinkId: string | null;
  readonly products: readonly string[];
  readonly createdAt: number;
  institutionId?: string;
  step: Step;
}

export interface Link {
  readonly id: string;
  readonly institutionId: string;
  readonly customerUserId: string;
  state: "connected" | "auth_expired";
  accountIds: readonly string[];
}

export interface OAuthFlow {
  readonly sessionId: string;
  readonly institutionId: string;
  readonly code: string;
  readonly createdAt: number;
  outcome: "pending" | "approved" | "denied";
  /** The redirect has been redeemed; it cannot be again. */
  redeemed: boolean;
}

/** MoneyKit's side of the mock's memory. */
export class MoneyKitStore {
  readonly accessTokens = new Map<string, number>();
  readonly sessions = new Map<string, LinkSession>();
  readonly sessionTokens = new Map<string, string>();
  /** Frame handles, to link session ids: what a Connect frame uses after it spent its token or resumed from a redirect. */
  readonly handles: FrameSessions<string>;
  readonly oauthFlows = new Map<string, OAuthFlow>();
  readonly links = new Map<string, Link>();
  readonly exchangeableTokens = new Map<string, string>();
  /** Wrong passwords and wrong MFA codes, by link session id. */
  readonly wrongPasswords = new AttemptLimit();
  readonly wrongMfaCodes = new AttemptLimit();

  constructor(
    readonly now: () => number = Date.now,
    readonly scenarios = new ScenarioBook(),
  ) {
    this.handles = new FrameSessions("mkh", now);
  }

  issueAccessToken(): string {
    const token = observed.secret(secret("mk_at"));
    this.accessTokens.set(token, this.now() + ACCESS_TOKEN_LIFETIME_S * 1000);
    return token;
  }

  isAccessTokenValid(token: string): boolean {
    const expiresAt = this.accessTokens.get(token);
    return expiresAt !== undefined && expiresAt > this.now();
  }

  createSession(fields: Omit<LinkSession, "id" | "createdAt" | "step">): { token: string; session: LinkSession } {
    const session: LinkSession = { ...fields, id: secret("ls").slice(0, 20), createdAt: this.now(), step: "consent" };
    const token = observed.secret(secret("lst"));
    this.sessions.set(session.id, session);
    this.sessionTokens.set(token, session.id);
    return { token, session };
  }

  sessionByToken(token: unknown): LinkSession | undefined {
    const id = typeof token === "string" ? this.sessionTokens.get(token) : undefined;
    const session = id ? this.sessions.get(id) : undefined;
    return session && this.now() - session.createdAt < LINK_SESSION_LIFETIME_MS ? session : undefined;
  }

  openHandle(session: LinkSession): string {
    return this.handles.open(session.id);
  }

  sessionByHandle(handle: unknown): LinkSession | undefined {
    const id = this.handles.find(handle);
    const session = id ? this.sessions.get(id) : undefined;
    return session && session.step !== "done" ? session : undefined;
  }

  /** Too many wrong passwords or MFA codes: the link session goes no further. */
  isLocked(session: LinkSession): boolean {
    return this.wrongPasswords.isLocked(session.id) || this.wrongMfaCodes.isLocked(session.id);
  }

  startOAuth(session: LinkSession, institutionId: string): string {
    const state = secret("st");
    this.oauthFlows.set(state, {
      sessionId: session.id,
      institutionId,
      code: observed.oauthCode(secret("code")),
      createdAt: this.now(),
      outcome: "pending",
      redeemed: false,
    });
    return state;
  }

  oauthFlow(state: unknown): OAuthFlow | undefined {
    const flow = typeof state === "string" ? this.oauthFlows.get(state) : undefined;
    return flow && this.now() - flow.createdAt < OAUTH_LIFETIME_MS ? flow : undefined;
  }

  /** Creates the link, or repairs the existing one for a relink, and issues a single-use exchangeable token. */
  finishLink(session: LinkSession, accountIds: readonly string[]): { token: string; link: Link } {
    const existing = session.existingLinkId ? this.links.get(session.existingLinkId) : undefined;
    const link: Link = existing ?? {
      id: secret("mk_link").slice(0, 24),
      institutionId: session.institutionId!,
      customerUserId: session.customerUserId,
      state: "connected",
      accountIds,
    };
    link.state = "connected";
    link.accountIds = accountIds;
    this.links.set(link.id, link);
    session.step = "done";
    const token = observed.secret(secret("ex"));
    this.exchangeableTokens.set(token, link.id);
    return { token, link };
  }
}
