import { describe, expect, it } from "vitest";
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
    expect((await backend.post("/frame-api/moonpay/check", { sessionToken, publicKey: clientKeys().publicKeyHex })).status).toBe(200);
  });

  it("refuses an expired token, and another device", async () => {
    const backend = frameBackend();
    const publicKey = clientKeys().publicKeyHex;
    const roaming = await backend.session("carol");
    expect((await backend.post("/frame-api/moonpay/check", { sessionToken: roaming, publicKey }, "203.0.113.9")).body.error.code).toBe("ipAddressMismatch");
    const old = await backend.session("carol");
    backend.clock.now += SESSION_LIFETIME_MS + 1;
    expect((await backend.post("/frame-api/moonpay/check", { sessionToken: old, publicKey })).body.error.code).toBe("sessionExpired");
  });
});

describe("the connect frame's backend", () => {
  async function connect(backend: ReturnType<typeof frameBackend>, customer: string) {
    const keys = clientKeys();
    const checked = await backend.post("/frame-api/moonpay/check", { sessionToken: await backend.session(customer), publicKey: keys.publicKeyHex });
    const { clientToken } = openBox(keys.privateKey, checked.body.connection.credentials);
    const publicKey = keys.publicKeyHex;
    expect((await backend.post("/frame-api/moonpay/connect/start", { clientToken, publicKey })).body).toEqual({ status: "connectionRequired", knownContact: false });
    expect((await backend.post("/frame-api/moonpay/connect/verify", { clientToken, code: "123456" })).status).toBe(422);
    expect((await backend.post("/frame-api/moonpay/connect/verify", { clientToken, code: "000000" })).status).toBe(200);
    const done = await backend.post("/frame-api/moonpay/connect/complete", { clientToken, publicKey, decision: "accept" });
    return { keys, clientToken, done };
  }

  it("ends active: authenticated credentials and MoonPay's customer id", async () => {
    const backend = frameBackend();
    const { keys, done } = await connect(backend, "dave");
    expect(done.body.connection).toEqual({ status: "active", credentials: expect.any(String), customer: { id: moonPayCustomerId("dave") } });
    expect(moonPayCustomerId("dave")).toMatch(/^cus_[0-9a-f]{20}$/);
    const credentials = openBox(keys.privateKey, done.body.connection.credentials);
    expect(credentials.accessToken).toMatch(/^at_/);

    // A returning customer: the next check is active.
    const next = clientKeys();
    const checked = await backend.post("/frame-api/moonpay/check", { sessionToken: await backend.session("dave"), publicKey: next.publicKeyHex });
    expect(checked.body.connection.status).toBe("active");
  });

  it("ends failed when the customer declines", async () => {
    const backend = frameBackend();
    const keys = clientKeys();
    const checked = await backend.post("/frame-api/moonpay/check", { sessionToken: await backend.session("erin"), publicKey: keys.publicKeyHex });
    const { clientToken } = openBox(keys.privateKey, checked.body.connection.credentials);
    const done = await backend.post("/frame-api/moonpay/connect/complete", { clientToken, publicKey: keys.publicKeyHex, decision: "decline" });
    expect(done.body).toEqual({ connection: { status: "failed", reason: "customerDeclined" } });
  });

  it("refuses an unknown client token, a bad key, another device", async () => {
    const backend = frameBackend();
    const keys = clientKeys();
    expect((await backend.post("/frame-api/moonpay/connect/start", { clientToken: "ct_forged", publicKey: keys.publicKeyHex })).body.error.code).toBe("invalidClientToken");
    const checked = await backend.post("/frame-api/moonpay/check", { sessionToken: await backend.session("frank"), publicKey: keys.publicKeyHex });
    const { clientToken } = openBox(keys.privateKey, checked.body.connection.credentials);
    expect((await backend.post("/frame-api/moonpay/connect/start", { clientToken, publicKey: "abc" })).body.error.code).toBe("invalidPublicKey");
    expect((await backend.post("/frame-api/moonpay/connect/start", { clientToken, publicKey: keys.publicKeyHex }, "203.0.113.9")).body.error.code).toBe("ipAddressMismatch");
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
      await backend.post("/platform/v1/sessions", { externalCustomerId: "known-kim", deviceIp: "127.0.0.1", email: "kim@example.com", phoneNumber: "+14155550123" }, "127.0.0.1", {
        "X-Api-Key": "sk_test_123",
      })
    ).body.sessionToken;
    const checked = await backend.post("/frame-api/moonpay/check", { sessionToken, publicKey: keys.publicKeyHex });
    const { clientToken } = openBox(keys.privateKey, checked.body.connection.credentials);
    expect((await backend.post("/frame-api/moonpay/connect/start", { clientToken, publicKey: keys.publicKeyHex })).body.knownContact).toBe(true);
  });

  it("termsAcceptedAt clears termsAcceptanceRequired", async () => {
    const backend = frameBackend();
    const keys = clientKeys();
    const session = (termsAcceptedAt?: string) =>
      backend.post("/platform/v1/sessions", { externalCustomerId: "terms-tess", deviceIp: "127.0.0.1", ...(termsAcceptedAt ? { termsAcceptedAt } : {}) }, "127.0.0.1", { "X-Api-Key": "sk_test_123" });
    const before = await backend.post("/frame-api/moonpay/check", { sessionToken: (await session()).body.sessionToken, publicKey: keys.publicKeyHex });
    expect(before.body.connection.status).toBe("termsAcceptanceRequired");
    const accepted = (await session(new Date(backend.clock.now).toISOString())).body.sessionToken;
    const after = await backend.post("/frame-api/moonpay/check", { sessionToken: accepted, publicKey: keys.publicKeyHex });
    expect(after.body.connection.status).toBe("active");
  });
});
