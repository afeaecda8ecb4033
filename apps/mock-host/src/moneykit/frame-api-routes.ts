import { randomBytes } from "node:crypto";
import { type Context, Hono } from "hono";
import { type LinkExitError, readHttpUrl } from "@framelink/protocol";
import { CREDENTIALS_PASSWORD, institution, INSTITUTIONS, isOAuth, MFA_CODE, type MockInstitution, publicInstitution } from "./institutions.js";
import type { LinkSession, MoneyKitStore } from "./store.js";
import { readJsonBody } from "../request.js";

/**
 * Connect's own backend, same-origin with the Connect frame. The frame spends
 * its link session token (or a redirect URL) for a handle and uses the handle
 * afterwards. Progress is kept here, keyed by the link session, so a Connect
 * relaunched by `continue()` resumes where the user left off.
 */
export function moneyKitFrameApiRoutes(store: MoneyKitStore, bankOrigin: () => string): Hono {
  const app = new Hono();

  app.post("/frame-api/moneykit/start", async (c) => {
    const body = await readJsonBody(c);
    const session = store.sessionByToken(body.linkSessionToken);
    if (!session || session.step === "done") return fail(c, 400, "invalid_link_session_token", "This link session is not valid or has ended.");
    if (body.mode === "relink" && !session.existingLinkId) {
      return fail(c, 400, "relink_requires_existing_link", "relink() needs a link session created with existing_link_id.");
    }
    return c.json(describe(store, session, store.openHandle(session)));
  });

  app.post("/frame-api/moneykit/consent", async (c) => {
    const session = store.sessionByHandle((await readJsonBody(c)).handle);
    if (!session) return lost(c);
    session.step = session.institutionId ? "login" : "institution";
    return c.json(describe(store, session));
  });

  app.post("/frame-api/moneykit/select", async (c) => {
    const body = await readJsonBody(c);
    const session = store.sessionByHandle(body.handle);
    const bank = institution(body.institutionId);
    if (!session) return lost(c);
    if (!bank || session.existingLinkId) return fail(c, 400, "invalid_institution", "That institution cannot be chosen here.");
    session.institutionId = bank.id;
    session.step = "login";
    return c.json(describe(store, session));
  });

  app.post("/frame-api/moneykit/login", async (c) => {
    const body = await readJsonBody(c);
    const session = store.sessionByHandle(body.handle);
    const bank = session?.institutionId ? institution(session.institutionId) : undefined;
    if (!session || !bank) return lost(c);
    if (bank.login === "broken") {
      return fail(c, 502, "institution_error", `${bank.name} is not responding. Try again later.`);
    }
    if (body.password !== CREDENTIALS_PASSWORD) return fail(c, 422, "invalid_credentials", "The username or password is not right.");
    session.step = bank.login === "mfa" ? "mfa" : "accounts";
    return c.json(describe(store, session));
  });

  app.post("/frame-api/moneykit/mfa", async (c) => {
    const body = await readJsonBody(c);
    const session = store.sessionByHandle(body.handle);
    if (!session || session.step !== "mfa") return lost(c);
    if (body.code !== MFA_CODE) return fail(c, 422, "invalid_mfa_code", "That code is not right.");
    session.step = "accounts";
    return c.json(describe(store, session));
  });

  app.post("/frame-api/moneykit/oauth/start", async (c) => {
    const session = store.sessionByHandle((await readJsonBody(c)).handle);
    const bank = session?.institutionId ? institution(session.institutionId) : undefined;
    if (!session || !bank || !isOAuth(bank)) return lost(c);
    if (!session.redirectUri) {
      return fail(c, 400, "missing_redirect_uri", "OAuth institutions need a link session created with a redirect_uri.");
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
      return fail(c, 400, "no_link_in_progress", "There is no link in progress for this redirect.");
    }
    const claimant = body.handle !== undefined ? store.sessionByHandle(body.handle) : store.sessionByToken(body.linkSessionToken);
    if (claimant !== session) return fail(c, 400, "oauth_state_mismatch", "The bank's answer does not belong to this link.");
    if (!sameEndpoint(redirect, session.redirectUri)) return fail(c, 400, "invalid_redirect_url", "The redirect URL is not this link session's redirect_uri.");
    if (flow.redeemed) return fail(c, 400, "oauth_code_used", "This answer from your bank was already used. Start again.");
    if (params!.get("error") || flow.outcome === "denied") {
      flow.redeemed = true;
      return fail(c, 400, "oauth_denied", "You declined access at your bank.");
    }
    if (flow.outcome !== "approved" || params!.get("code") !== flow.code) {
      return fail(c, 400, "oauth_state_mismatch", "The bank's answer does not match this link.");
    }
    flow.redeemed = true;
    session.step = "accounts";
    return c.json(describe(store, session, body.handle !== undefined ? undefined : store.openHandle(session)));
  });

  app.post("/frame-api/moneykit/finish", async (c) => {
    const body = await readJsonBody(c);
    const session = store.sessionByHandle(body.handle);
    const bank = session?.institutionId ? institution(session.institutionId) : undefined;
    if (!session || !bank || session.step !== "accounts") return lost(c);
    const chosen = Array.isArray(body.accountIds) ? bank.accounts.filter((account) => (body.accountIds as unknown[]).includes(account.id)) : [];
    if (chosen.length === 0) return fail(c, 422, "no_accounts_selected", "Choose at least one account.");
    const { token, link } = store.finishLink(session, chosen.map((account) => account.id));
    const selectedAccounts = chosen.map((account) => ({ account_id: account.id, account_type: account.type, name: account.name, account_mask: account.mask }));
    return c.json({ exchangeableToken: token, link_id: link.id, institution: { ...publicInstitution(bank), selectedAccounts } });
  });

  return app;
}

/** What the frame needs to draw the session's current step. */
function describe(store: MoneyKitStore, session: LinkSession, handle?: string) {
  const bank = session.institutionId ? institution(session.institutionId) : undefined;
  return {
    ...(handle ? { handle } : {}),
    session: {
      id: session.id,
      linkType: session.existingLinkId ? "relink" : "link",
      step: session.step,
      institution: bank ? { id: bank.id, name: bank.name, login: bank.login } : null,
    },
    institutions: session.step === "institution" || session.step === "consent" ? INSTITUTIONS.map(({ id, name }) => ({ id, name })) : [],
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

function fail(c: Context, status: 400 | 422 | 502, error_id: string, displayed_message: string) {
  const error: LinkExitError = { error_id, displayed_message, request_id: `req_${randomBytes(9).toString("base64url")}` };
  return c.json({ error }, status);
}

function lost(c: Context) {
  return fail(c, 400, "link_session_lost", "This link session is no longer in progress.");
}
