import { describe, expect, it } from "vitest";
import { MAX_WRONG_ATTEMPTS } from "../attempt-limit.js";
import { FRAME_SESSION_LIFETIME_MS } from "../frame-sessions.js";
import { frameBackend } from "../moonpay/frame-backend.test-helper.js";

// Connect's own backend: what its steps let through, and how often.

/** A link session from the merchant's server (a relink, with `existingLinkId`), opened by Connect, and its calls from then on. */
async function connect(backend = frameBackend(), existingLinkId?: string) {
  const { access_token } = (
    await backend.post("/auth/token", {
      grant_type: "client_credentials",
      client_id: "mk_test_client",
      client_secret: "mk_test_secret",
    })
  ).body;
  const created = await backend.post(
    "/link-session",
    {
      customer_user: { id: "mk-user" },
      redirect_uri: "http://localhost:4701/moneykit-oauth.html",
      ...(existingLinkId ? { existing_link_id: existingLinkId } : {}),
    },
    "127.0.0.1",
    { Authorization: `Bearer ${access_token}` },
  );
  const linkSessionToken = created.body.link_session_token as string;
  const started = await backend.post("/frame-api/moneykit/start", { linkSessionToken });
  const handle = started.body.handle as string;
  const call = (path: string, body: Record<string, unknown> = {}) =>
    backend.post(`/frame-api/moneykit/${path}`, { handle, ...body });
  return { backend, linkSessionToken, call };
}

/** Connect at the bank's login, past consent and the choice of bank. */
async function atLogin(institutionId: string) {
  const connected = await connect();
  await connected.call("consent");
  expect((await connected.call("select", { institutionId })).body.session.step).toBe("login");
  return connected;
}

// Finding 12: passwords and MFA codes are guessed a few times at most.
describe("attempt limits", () => {
  it(`${MAX_WRONG_ATTEMPTS} wrong passwords lock the link session, for the right password too`, async () => {
    const { backend, linkSessionToken, call } = await atLogin("plain_bank");
    for (let attempt = 1; attempt < MAX_WRONG_ATTEMPTS; attempt++) {
      expect(await call("login", { username: "u", password: "wrong" })).toMatchObject({
        status: 422,
        body: { error: { error_id: "invalid_credentials" } },
      });
    }
    expect(await call("login", { username: "u", password: "wrong" })).toMatchObject({
      status: 429,
      body: { error: { error_id: "too_many_attempts" } },
    });
    expect((await call("login", { username: "u", password: "pass_good" })).body.error.error_id).toBe(
      "too_many_attempts",
    );
    // Connect launched again on the same link session is locked too.
    expect((await backend.post("/frame-api/moneykit/start", { linkSessionToken })).body.error.error_id).toBe(
      "too_many_attempts",
    );
  });

  it(`${MAX_WRONG_ATTEMPTS} wrong MFA codes lock the link session, for the right code too`, async () => {
    const { call } = await atLogin("mfa_bank");
    expect((await call("login", { username: "u", password: "pass_good" })).body.session.step).toBe("mfa");
    for (let attempt = 1; attempt < MAX_WRONG_ATTEMPTS; attempt++) {
      expect(await call("mfa", { code: "999999" })).toMatchObject({
        status: 422,
        body: { error: { error_id: "invalid_mfa_code" } },
      });
    }
    expect(await call("mfa", { code: "999999" })).toMatchObject({
      status: 429,
      body: { error: { error_id: "too_many_attempts" } },
    });
    expect((await call("mfa", { code: "123456" })).body.error.error_id).toBe("too_many_attempts");
  });

  it("two wrong answers, then the right ones, go through", async () => {
    const { call } = await atLogin("mfa_bank");
    expect((await call("login", { username: "u", password: "wrong" })).status).toBe(422);
    expect((await call("login", { username: "u", password: "still wrong" })).status).toBe(422);
    expect((await call("login", { username: "u", password: "pass_good" })).body.session.step).toBe("mfa");
    expect((await call("mfa", { code: "999999" })).status).toBe(422);
    expect((await call("mfa", { code: "000000" })).status).toBe(422);
    expect((await call("mfa", { code: "123456" })).body.session.step).toBe("accounts");
  });

  it("Connect's handle ends 30 minutes after Connect opened", async () => {
    const { backend, call } = await connect();
    backend.clock.now += FRAME_SESSION_LIFETIME_MS;
    expect(await call("consent")).toMatchObject({ status: 400, body: { error: { error_id: "link_session_lost" } } });
  });
});

describe("steps in order", () => {
  it("login is a credentials bank's step, after consent and the choice of bank", async () => {
    const early = await connect();
    expect((await early.call("select", { institutionId: "plain_bank" })).body.error.error_id).toBe("link_session_lost");
    expect((await early.call("login", { username: "u", password: "pass_good" })).body.error.error_id).toBe(
      "link_session_lost",
    );
    // An OAuth bank signs in on its own site: a password here does not skip it.
    const { call } = await atLogin("oauth_bank");
    expect((await call("login", { username: "u", password: "pass_good" })).body.error.error_id).toBe(
      "link_session_lost",
    );
  });

  it("consent again, once past it, rewinds nothing", async () => {
    const { call } = await atLogin("mfa_bank");
    expect((await call("login", { username: "u", password: "pass_good" })).body.session.step).toBe("mfa");
    expect((await call("consent")).body.session.step).toBe("mfa");
  });

  it("an OAuth bank's sign-in follows consent, in a relink too", async () => {
    const backend = frameBackend();
    backend.stores.moneykit.links.set("mk_link_oauth", {
      id: "mk_link_oauth",
      institutionId: "oauth_bank",
      customerUserId: "mk-user",
      state: "auth_expired",
      accountIds: [],
    });
    const { call } = await connect(backend, "mk_link_oauth");
    expect((await call("oauth/start")).body.error.error_id).toBe("link_session_lost");
    expect((await call("consent")).body.session.step).toBe("login");
    expect((await call("oauth/start")).body.url).toMatch(/\/oauth\/authorize\?state=/);
  });
});
