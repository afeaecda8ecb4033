import { describe, expect, it } from "vitest";
import { MAX_WRONG_ATTEMPTS } from "../attempt-limit.js";
import { FRAME_SESSION_LIFETIME_MS } from "../frame-sessions.js";
import { moonPayCustomerId } from "./customer-id.js";
import { clientKeys, frameBackend, openBox } from "./frame-backend.test-helper.js";
import { SESSION_LIFETIME_MS } from "./store.js";

// The check and connect frames' backend, and the reset frame's: what each
// frame forwards to its parent, and the device sign-out behind reset.
describe("the check frame's backend", () => {
  it("spends the session token once and seals anonymous credentials for a connection still to make", async () => {
    const backend = frameBackend();
    const keys = clientKeys();
    const sessionToken = await backend.session("alice");
    const first = await backend.post("/frame-api/moonpay/check", { sessionToken, publicKey: keys.publicKeyHex });
    expect(first.status).toBe(200);
    expect(first.body.connection.status).toBe("connectionRequired");
    const credentials = openBox(keys.privateKey, first.body.connection.credentials);
    expect(credentials.accessToken).toMatch(/^at_anon_/);
    expect(credentials.clientToken).toMatch(/^ct_anon_/);
    expect(Date.parse(credentials.expiresAt!)).toBeGreaterThan(backend.clock.now);

    const again = await backend.post("/frame-api/moonpay/check", { sessionToken, publicKey: keys.publicKeyHex });
    expect(again).toMatchObject({ status: 400, body: { error: { code: "sessionTokenUsed" } } });
  });

  it.each([
    ["an unknown session token", { sessionToken: "c3N0XzAwMQ==" }, "invalidSessionToken"],
    ["no session token", {}, "invalidSessionToken"],
  ])("refuses %s", async (_, body, code) => {
    const backend = frameBackend();
    const answer = await backend.post("/frame-api/moonpay/check", { ...body, publicKey: clientKeys().publicKeyHex });
    expect(answer.body).toEqual({ error: { code, message: expect.any(String) } });
  });

  it("refuses a bad public key without spending the token", async () => {
    const backend = frameBackend();
    const sessionToken = await backend.session("bob");
    const refused = await backend.post("/frame-api/moonpay/check", { sessionToken, publicKey: "00".repeat(32) });
    expect(refused.body.error.code).toBe("invalidPublicKey");
    expect(
      (await backend.post("/frame-api/moonpay/check", { sessionToken, publicKey: clientKeys().publicKeyHex })).status,
    ).toBe(200);
  });

  it("refuses an expired token, and another device", async () => {
    const backend = frameBackend();
    const publicKey = clientKeys().publicKeyHex;
    const roaming = await backend.session("carol");
    expect(
      (await backend.post("/frame-api/moonpay/check", { sessionToken: roaming, publicKey }, "203.0.113.9")).body.error
        .code,
    ).toBe("ipAddressMismatch");
    const old = await backend.session("carol");
    backend.clock.now += SESSION_LIFETIME_MS + 1;
    expect((await backend.post("/frame-api/moonpay/check", { sessionToken: old, publicKey })).body.error.code).toBe(
      "sessionExpired",
    );
  });
});

describe("the connect frame's backend", () => {
  /** The connect frame's first call, with the anonymous client token its URL carries. */
  async function startConnect(backend: ReturnType<typeof frameBackend>, customer: string) {
    const keys = clientKeys();
    const checked = await backend.post("/frame-api/moonpay/check", {
      sessionToken: await backend.session(customer),
      publicKey: keys.publicKeyHex,
    });
    const { clientToken } = openBox(keys.privateKey, checked.body.connection.credentials);
    const started = await backend.post("/frame-api/moonpay/connect/start", {
      clientToken,
      publicKey: keys.publicKeyHex,
    });
    return {
      keys,
      clientToken: clientToken!,
      started: started.body,
      frameSession: started.body.frameSession as string,
    };
  }

  async function connect(backend: ReturnType<typeof frameBackend>, customer: string) {
    const { keys, clientToken, started, frameSession } = await startConnect(backend, customer);
    expect(started).toEqual({
      status: "connectionRequired",
      knownContact: false,
      frameSession: expect.stringMatching(/^fs_/),
    });
    expect((await backend.post("/frame-api/moonpay/connect/verify", { frameSession, code: "123456" })).status).toBe(
      422,
    );
    expect((await backend.post("/frame-api/moonpay/connect/verify", { frameSession, code: "000000" })).status).toBe(
      200,
    );
    const done = await backend.post("/frame-api/moonpay/connect/complete", { frameSession, decision: "accept" });
    return { keys, clientToken, done };
  }

  it("ends active: authenticated credentials and MoonPay's customer id", async () => {
    const backend = frameBackend();
    const { keys, done } = await connect(backend, "dave");
    expect(done.body.connection).toEqual({
      status: "active",
      credentials: expect.any(String),
      customer: { id: moonPayCustomerId("dave") },
    });
    expect(moonPayCustomerId("dave")).toMatch(/^cus_[0-9a-f]{20}$/);
    const credentials = openBox(keys.privateKey, done.body.connection.credentials);
    expect(credentials.accessToken).toMatch(/^at_/);

    // A returning customer: the next check is active.
    const next = clientKeys();
    const checked = await backend.post("/frame-api/moonpay/check", {
      sessionToken: await backend.session("dave"),
      publicKey: next.publicKeyHex,
    });
    expect(checked.body.connection.status).toBe("active");
  });

  it("ends failed when the customer declines", async () => {
    const backend = frameBackend();
    const { frameSession } = await startConnect(backend, "erin");
    await backend.post("/frame-api/moonpay/connect/verify", { frameSession, code: "000000" });
    const done = await backend.post("/frame-api/moonpay/connect/complete", { frameSession, decision: "decline" });
    expect(done.body).toEqual({ connection: { status: "failed", reason: "customerDeclined" } });
  });

  // Finding 11a: the consent counts only after the one-time code, verified by the frame that asks for the consent.
  describe("steps in order, each once, by the frame that started them", () => {
    const verify = (backend: ReturnType<typeof frameBackend>, body: Record<string, unknown>) =>
      backend.post("/frame-api/moonpay/connect/verify", body);
    const complete = (backend: ReturnType<typeof frameBackend>, body: Record<string, unknown>) =>
      backend.post("/frame-api/moonpay/connect/complete", body);

    it("complete needs a code verified in the same frame session", async () => {
      const backend = frameBackend();
      const first = await startConnect(backend, "owen");
      expect(await complete(backend, { frameSession: first.frameSession, decision: "accept" })).toMatchObject({
        status: 409,
        body: { error: { code: "stepOutOfOrder" } },
      });
      expect((await verify(backend, { frameSession: first.frameSession, code: "999999" })).status).toBe(422);
      expect((await complete(backend, { frameSession: first.frameSession, decision: "decline" })).body.error.code).toBe(
        "stepOutOfOrder",
      );

      // A code verified by another load of the connect frame does not count for this one.
      const second = await backend.post("/frame-api/moonpay/connect/start", {
        clientToken: first.clientToken,
        publicKey: first.keys.publicKeyHex,
      });
      expect((await verify(backend, { frameSession: second.body.frameSession, code: "000000" })).status).toBe(200);
      expect((await complete(backend, { frameSession: first.frameSession, decision: "accept" })).body.error.code).toBe(
        "stepOutOfOrder",
      );
      expect(
        (await complete(backend, { frameSession: second.body.frameSession, decision: "accept" })).body.connection
          .status,
      ).toBe("active");
    });

    it("verify and complete take the frame session, not the client token the parent page knows", async () => {
      const backend = frameBackend();
      const { keys, clientToken } = await startConnect(backend, "pia");
      expect(await verify(backend, { clientToken, code: "000000" })).toMatchObject({
        status: 401,
        body: { error: { code: "invalidFrameSession" } },
      });
      expect(
        (await complete(backend, { clientToken, publicKey: keys.publicKeyHex, decision: "accept" })).body.error.code,
      ).toBe("invalidFrameSession");
      expect((await verify(backend, { frameSession: "fs_forged", code: "000000" })).body.error.code).toBe(
        "invalidFrameSession",
      );
    });

    it("a verified code is not verified again; a frame session completes once", async () => {
      const backend = frameBackend();
      const { frameSession } = await startConnect(backend, "quinn");
      expect((await verify(backend, { frameSession, code: "000000" })).status).toBe(200);
      expect(await verify(backend, { frameSession, code: "000000" })).toMatchObject({
        status: 409,
        body: { error: { code: "stepOutOfOrder" } },
      });
      expect((await complete(backend, { frameSession, decision: "accept" })).status).toBe(200);
      expect(await complete(backend, { frameSession, decision: "accept" })).toMatchObject({
        status: 401,
        body: { error: { code: "invalidFrameSession" } },
      });
    });

    it("the frame session stays on its device", async () => {
      const backend = frameBackend();
      const { frameSession } = await startConnect(backend, "rosa");
      expect((await verify(backend, { frameSession, code: "000000" })).status).toBe(200);
      expect(
        (await backend.post("/frame-api/moonpay/connect/complete", { frameSession, decision: "accept" }, "203.0.113.9"))
          .body.error.code,
      ).toBe("ipAddressMismatch");
    });
  });

  // Finding 12: a one-time code is guessed a few times at most, and a frame session does not outlive a sitting.
  describe("attempt limits", () => {
    const verify = (backend: ReturnType<typeof frameBackend>, frameSession: string, code: string) =>
      backend.post("/frame-api/moonpay/connect/verify", { frameSession, code });

    it(`${MAX_WRONG_ATTEMPTS} wrong codes lock the client token: in every load of the frame, and for the right code too`, async () => {
      const backend = frameBackend();
      const { keys, clientToken, frameSession } = await startConnect(backend, "sam");
      for (let attempt = 1; attempt < MAX_WRONG_ATTEMPTS; attempt++)
        expect((await verify(backend, frameSession, "999999")).status).toBe(422);
      expect(await verify(backend, frameSession, "999999")).toMatchObject({
        status: 429,
        body: { error: { code: "tooManyAttempts" } },
      });
      expect((await verify(backend, frameSession, "000000")).body.error.code).toBe("tooManyAttempts");
      const reloaded = await backend.post("/frame-api/moonpay/connect/start", {
        clientToken,
        publicKey: keys.publicKeyHex,
      });
      expect((await verify(backend, reloaded.body.frameSession, "000000")).body.error.code).toBe("tooManyAttempts");
    });

    it("two wrong codes, then the right one, still connect", async () => {
      const backend = frameBackend();
      const { frameSession } = await startConnect(backend, "tara");
      expect((await verify(backend, frameSession, "999999")).status).toBe(422);
      expect((await verify(backend, frameSession, "123456")).status).toBe(422);
      expect((await verify(backend, frameSession, "000000")).status).toBe(200);
      expect(
        (await backend.post("/frame-api/moonpay/connect/complete", { frameSession, decision: "accept" })).body
          .connection.status,
      ).toBe("active");
    });

    it("a frame session ends 30 minutes after the frame started", async () => {
      const backend = frameBackend();
      const { frameSession } = await startConnect(backend, "ugo");
      backend.clock.now += FRAME_SESSION_LIFETIME_MS;
      expect(await verify(backend, frameSession, "000000")).toMatchObject({
        status: 401,
        body: { error: { code: "invalidFrameSession" } },
      });
    });
  });

  it("refuses an unknown client token, a bad key, another device", async () => {
    const backend = frameBackend();
    const keys = clientKeys();
    expect(
      (
        await backend.post("/frame-api/moonpay/connect/start", {
          clientToken: "ct_forged",
          publicKey: keys.publicKeyHex,
        })
      ).body.error.code,
    ).toBe("invalidClientToken");
    const checked = await backend.post("/frame-api/moonpay/check", {
      sessionToken: await backend.session("frank"),
      publicKey: keys.publicKeyHex,
    });
    const { clientToken } = openBox(keys.privateKey, checked.body.connection.credentials);
    expect(
      (await backend.post("/frame-api/moonpay/connect/start", { clientToken, publicKey: "abc" })).body.error.code,
    ).toBe("invalidPublicKey");
    expect(
      (
        await backend.post(
          "/frame-api/moonpay/connect/start",
          { clientToken, publicKey: keys.publicKeyHex },
          "203.0.113.9",
        )
      ).body.error.code,
    ).toBe("ipAddressMismatch");
  });

  it("reset revokes every token of the client token's customer on this device", async () => {
    const backend = frameBackend();
    const { keys, done } = await connect(backend, "gina");
    const { accessToken, clientToken } = openBox(keys.privateKey, done.body.connection.credentials);
    const methods = () => backend.get("/platform/v1/payment-methods", { Authorization: `Bearer ${accessToken}` });
    expect((await methods()).status).toBe(200);
    expect(backend.stores.moonpay.clientTokens.has(clientToken!)).toBe(true);

    expect((await backend.post("/frame-api/moonpay/reset", { clientToken }, "203.0.113.9")).status).toBe(200);
    expect((await methods()).status).toBe(200); // another device cannot sign this one out

    expect((await backend.post("/frame-api/moonpay/reset", { clientToken })).body).toEqual({ reset: true });
    expect((await methods()).status).toBe(401);
    expect(backend.stores.moonpay.clientTokens.has(clientToken!)).toBe(false);
    // Nothing left to sign out is still a sign-out.
    expect((await backend.post("/frame-api/moonpay/reset", { clientToken })).body).toEqual({ reset: true });
    expect((await backend.post("/frame-api/moonpay/reset", {})).body).toEqual({ reset: true });
  });
});

describe("what the merchant's server said in the session", () => {
  it("a session with email and phone number makes the connect frame ask only for the one-time code", async () => {
    const backend = frameBackend();
    const keys = clientKeys();
    const sessionToken = (
      await backend.post(
        "/platform/v1/sessions",
        {
          externalCustomerId: "known-kim",
          deviceIp: "127.0.0.1",
          email: "kim@example.com",
          phoneNumber: "+14155550123",
        },
        "127.0.0.1",
        {
          "X-Api-Key": "sk_test_123",
        },
      )
    ).body.sessionToken;
    const checked = await backend.post("/frame-api/moonpay/check", { sessionToken, publicKey: keys.publicKeyHex });
    const { clientToken } = openBox(keys.privateKey, checked.body.connection.credentials);
    expect(
      (await backend.post("/frame-api/moonpay/connect/start", { clientToken, publicKey: keys.publicKeyHex })).body
        .knownContact,
    ).toBe(true);
  });

  it("termsAcceptedAt clears termsAcceptanceRequired", async () => {
    const backend = frameBackend();
    const keys = clientKeys();
    const session = (termsAcceptedAt?: string) =>
      backend.post(
        "/platform/v1/sessions",
        { externalCustomerId: "terms-tess", deviceIp: "127.0.0.1", ...(termsAcceptedAt ? { termsAcceptedAt } : {}) },
        "127.0.0.1",
        { "X-Api-Key": "sk_test_123" },
      );
    const before = await backend.post("/frame-api/moonpay/check", {
      sessionToken: (await session()).body.sessionToken,
      publicKey: keys.publicKeyHex,
    });
    expect(before.body.connection.status).toBe("termsAcceptanceRequired");
    const accepted = (await session(new Date(backend.clock.now).toISOString())).body.sessionToken;
    const after = await backend.post("/frame-api/moonpay/check", {
      sessionToken: accepted,
      publicKey: keys.publicKeyHex,
    });
    expect(after.body.connection.status).toBe("active");
  });
});
