import { readHttpUrl } from "@framelink/protocol";
import { type Context, Hono } from "hono";
import { readJsonBody } from "../request.js";
import { secretEquals } from "../secret-equals.js";
import {
  CREDENTIALS_PASSWORD,
  INSTITUTIONS,
  institution,
  isOAuth,
  MFA_CODE,
  type MockInstitution,
  publicInstitution,
} from "./institutions.js";
import { linkError } from "./link-error.js";
import type { LinkSession, MoneyKitStore } from "./store.js";

/**
 * Connect's own backend, same-origin with the Connect frame. The frame spends
 * its link session token (or a redirect URL) for a handle and uses the handle
 * afterwards (it lasts 30 minutes). Progress is kept here, keyed by the link
 * session, so a Connect relaunched by `continue()` resumes where the user
 * left off. Each step is taken at its turn only, and wrong passwords and MFA
 * codes are limited: the last one allowed locks the link session.
 */
export function moneyKitFrameApiRoutes(store: MoneyKitStore, bankOrigin: () => string): Hono {
  const app = new Hono();

  /** The link session a handle names, while it can still go on. */
  const inProgress = (c: Context, handle: unknown): LinkSession | Response => {
    const session = store.sessionByHandle(handle);
    if (!session) return lost(c);
    return store.isLocked(session) ? tooManyAttempts(c) : session;
  };

  app.post("/frame-api/moneykit/start", async (c) => {
    const body = await readJsonBody(c);
    const session = store.sessionByToken(body.linkSessionToken);
    if (!session || session.step === "done")
      return linkError(c, 400, "invalid_link_session_token", "This link session is not valid or has ended.");
    if (store.isLocked(session)) return tooManyAttempts(c);
    if (body.mode === "relink" && !session.existingLinkId) {
      return linkError(
        c,
        400,
        "relink_requires_existing_link",
        "relink() needs a link session created with existing_link_id.",
      );
    }
    return c.json(describe(session, store.openHandle(session)));
  });

  app.post("/frame-api/moneykit/consent", async (c) => {
    const session = inProgress(c, (await readJsonBody(c)).handle);
    if (session instanceof Response) return session;
    // Only from the consent screen: a second click changes nothing, and no later step is rewound.
    if (session.step === "consent") session.step = session.institutionId ? "login" : "institution";
    return c.json(describe(session));
  });

  // After consent; choosing again before logging in (a second click) is choosing.
  app.post("/frame-api/moneykit/select", async (c) => {
    const body = await readJsonBody(c);
    const session = inProgress(c, body.handle);
    if (session instanceof Response) return session;
    if (session.step !== "institution" && session.step !== "login") return lost(c);
    const bank = institution(body.institutionId);
    if (!bank || session.existingLinkId)
      return linkError(c, 400, "invalid_institution", "That institution cannot be chosen here.");
    session.institutionId = bank.id;
    session.step = "login";
    return c.json(describe(session));
  });

  // A credentials bank's step: an OAuth bank signs in on its own site, not with a password here.
  app.post("/frame-api/moneykit/login", async (c) => {
    const body = await readJsonBody(c);
    const session = inProgress(c, body.handle);
    if (session instanceof Response) return session;
    const bank = session.institutionId ? institution(session.institutionId) : undefined;
    if (!bank || session.step !== "login" || isOAuth(bank)) return lost(c);
    // The customer's scenario, where one is set, decides over the bank's own behaviour.
    const { login } = store.scenarios.moneykit(session.customerUserId);
    if (login === "institution_error" || (!login && bank.login === "broken")) {
      return linkError(c, 502, "institution_error", `${bank.name} is not responding. Try again later.`);
    }
    if (!secretEquals(body.password, CREDENTIALS_PASSWORD)) {
      return store.wrongPasswords.countWrong(session.id)
        ? tooManyAttempts(c)
        : linkError(c, 422, "invalid_credentials", "The username or password is not right.");
    }
    session.step = login === "mfa" || (!login && bank.login === "mfa") ? "mfa" : "accounts";
    return c.json(describe(session));
  });

  app.post("/frame-api/moneykit/mfa", async (c) => {
    const body = await readJsonBody(c);
    const session = inProgress(c, body.handle);
    if (session instanceof Response) return session;
    if (session.step !== "mfa") return lost(c);
    if (!secretEquals(body.code, MFA_CODE)) {
      return store.wrongMfaCodes.countWrong(session.id)
        ? tooManyAttempts(c)
        : linkError(c, 422, "invalid_mfa_code", "That code is not right.");
    }
    session.step = "accounts";
    return c.json(describe(session));
  });

  app.post("/frame-api/moneykit/oauth/start", async (c) => {
    const session = inProgress(c, (await readJsonBody(c)).handle);
    if (session instanceof Response) return session;
    const bank = session.institutionId ? institution(session.institutionId) : undefined;
    // Once the bank is chosen (or, relaunched, while the customer is at the bank), as login is.
    if (!bank || !isOAuth(bank) || (session.step !== "login" && session.step !== "oauth")) return lost(c);
    if (!session.redirectUri) {
      return linkError(
        c,
        400,
        "missing_redirect_uri",
        "OAuth institutions need a link session created with a redirect_uri.",
      );
    }
    session.step = "oauth";
    const state = store.startOAuth(session, bank.id);
    const url = new URL("/oauth/authorize", bankOrigin());
    url.searchParams.set("state", state);
    return c.json({ url: url.href });
  });

  // The bank's redirect URL, from the frame that opened the bank (its handle)
  // or from Connect relaunched at /continue (its link session token). The
  // code is redeemable once, and only by the link session that started it.
  app.post("/frame-api/moneykit/oauth/return", async (c) => {
    const body = await readJsonBody(c);
    const redirect = readHttpUrl(body.redirectUrl);
    const params = redirect ? new URL(redirect).searchParams : undefined;
    const flow = store.oauthFlow(params?.get("state"));
    const session = flow ? store.sessions.get(flow.sessionId) : undefined;
    if (!redirect || !flow || !session || session.step === "done") {
      return linkError(c, 400, "no_link_in_progress", "There is no link in progress for this redirect.");
    }
    const claimant =
      body.handle !== undefined ? store.sessionByHandle(body.handle) : store.sessionByToken(body.linkSessionToken);
    if (claimant !== session)
      return linkError(c, 400, "oauth_state_mismatch", "The bank's answer does not belong to this link.");
    if (!sameEndpoint(redirect, session.redirectUri))
      return linkError(c, 400, "invalid_redirect_url", "The redirect URL is not this link session's redirect_uri.");
    if (flow.redeemed)
      return linkError(c, 400, "oauth_code_used", "This answer from your bank was already used. Start again.");
    if (params!.get("error") || flow.outcome === "denied") {
      flow.redeemed = true;
      return linkError(c, 400, "oauth_denied", "You declined access at your bank.");
    }
    if (flow.outcome !== "approved" || !secretEquals(params!.get("code"), flow.code)) {
      return linkError(c, 400, "oauth_state_mismatch", "The bank's answer does not match this link.");
    }
    flow.redeemed = true;
    session.step = "accounts";
    return c.json(describe(session, body.handle !== undefined ? undefined : store.openHandle(session)));
  });

  app.post("/frame-api/moneykit/finish", async (c) => {
    const body = await readJsonBody(c);
    const session = inProgress(c, body.handle);
    if (session instanceof Response) return session;
    const bank = session.institutionId ? institution(session.institutionId) : undefined;
    if (!bank || session.step !== "accounts") return lost(c);
    const chosen = Array.isArray(body.accountIds)
      ? bank.accounts.filter((account) => (body.accountIds as unknown[]).includes(account.id))
      : [];
    if (chosen.length === 0) return linkError(c, 422, "no_accounts_selected", "Choose at least one account.");
    const { token, link } = store.finishLink(
      session,
      chosen.map((account) => account.id),
    );
    const selectedAccounts = chosen.map((account) => ({
      account_id: account.id,
      account_type: account.type,
      name: account.name,
      account_mask: account.mask,
    }));
    return c.json({
      exchangeableToken: token,
      link_id: link.id,
      institution: { ...publicInstitution(bank), selectedAccounts },
    });
  });

  return app;
}

/** What the frame needs to draw the session's current step. */
function describe(session: LinkSession, handle?: string) {
  const bank = session.institutionId ? institution(session.institutionId) : undefined;
  return {
    ...(handle ? { handle } : {}),
    session: {
      id: session.id,
      linkType: session.existingLinkId ? "relink" : "link",
      step: session.step,
      institution: bank ? { id: bank.id, name: bank.name, login: bank.login } : null,
    },
    institutions:
      session.step === "institution" || session.step === "consent"
        ? INSTITUTIONS.map(({ id, name }) => ({ id, name }))
        : [],
    accounts: session.step === "accounts" && bank ? accountsOf(bank) : [],
  };
}

function accountsOf(bank: MockInstitution) {
  return bank.accounts.map((account) => ({ id: account.id, name: account.name, mask: account.mask }));
}

function sameEndpoint(url: string, expected: string | null): boolean {
  if (!expected) return false;
  const a = new URL(url);
  const b = new URL(expected);
  return a.origin === b.origin && a.pathname === b.pathname;
}

function lost(c: Context) {
  return linkError(c, 400, "link_session_lost", "This link session is no longer in progress.");
}

function tooManyAttempts(c: Context) {
  return linkError(c, 429, "too_many_attempts", "Too many wrong answers. Start again from the app.");
}
