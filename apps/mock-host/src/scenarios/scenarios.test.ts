import { describe, expect, it } from "vitest";
import { createApp, createBankApp, createStores } from "../app.js";
import { resolveConfig } from "../config.js";
import { clientKeys, frameBackend, openBox } from "../moonpay/frame-backend.test-helper.js";
import { paymentFailure } from "../moonpay/payment-scenario.js";
import { readCustomerScenario } from "./customer-scenario.js";
import { scenarioControl } from "./scenario-control.js";

// Scenario control: an integrator decides a customer's outcomes by id,
// without naming the customer by a scenario's words.

describe("reading a scenario", () => {
  it("takes every documented field", () => {
    const scenario = {
      moonpay: {
        connection: "returning",
        connect: "failed",
        connectFailureReason: "kycFailed",
        wallets: ["apple_pay", "google_pay"],
        challenge: true,
        payment: "failed",
        failureCode: "insufficient_funds",
        failureReason: "Not enough money.",
      },
      moneykit: { login: "mfa", oauth: "deny" },
    };
    expect(readCustomerScenario(scenario)).toEqual(scenario);
  });

  it.each([
    [null, "A scenario is an object"],
    [{ moonpay: { connect: "approved" } }, "moonpay.connect is not one of active, pending, unavailable, failed"],
    [{ moonpay: { wallets: ["samsung_pay"] } }, "moonpay.wallets is not a list of apple_pay, google_pay"],
    [{ moonpay: { failureCode: "no spaces" } }, "moonpay.failureCode is not a code"],
    [{ moonpay: { challenge: "yes" } }, "moonpay.challenge is not true or false"],
    [{ moneykit: { login: "locked" } }, "moneykit.login is not one of success, mfa, institution_error"],
    [{ moneykit: { constructor: "x" } }, "Unknown field moneykit.constructor"],
    [{ plaid: {} }, 'Unknown field "plaid"'],
  ])("refuses %j, naming the field", (value, problem) => {
    expect(readCustomerScenario(value)).toEqual({ problem: expect.stringContaining(problem) });
  });

  it("keeps a fresh copy of own fields only: inherited fields and later changes count for nothing", () => {
    const moonpay = Object.assign(Object.create({ connect: "bogus" }), { wallets: ["apple_pay"] });
    const given = { moonpay };
    const read = readCustomerScenario(given);
    expect(read).toEqual({ moonpay: { wallets: ["apple_pay"] } });
    moonpay.wallets.push("google_pay");
    expect(read).toEqual({ moonpay: { wallets: ["apple_pay"] } });
    expect(read).not.toBe(given);
  });

  it("the programmatic control throws a TypeError for what it cannot read", () => {
    const control = scenarioControl(createStores().scenarios);
    expect(() => control.set("ann", { moonpay: { connect: "approved" } } as never)).toThrow(TypeError);
    expect(() => control.set("", {})).toThrow(TypeError);
    expect(control.list()).toEqual({});
  });
});

describe("MoonPay, by externalCustomerId", () => {
  const check = async (backend: ReturnType<typeof frameBackend>, customer: string) => {
    const keys = clientKeys();
    const checked = await backend.post("/frame-api/moonpay/check", {
      sessionToken: await backend.session(customer),
      publicKey: keys.publicKeyHex,
    });
    return { keys, connection: checked.body.connection };
  };
  const connect = async (backend: ReturnType<typeof frameBackend>, customer: string) => {
    const { keys, connection } = await check(backend, customer);
    const { clientToken } = openBox(keys.privateKey, connection.credentials);
    const { frameSession } = (
      await backend.post("/frame-api/moonpay/connect/start", { clientToken, publicKey: keys.publicKeyHex })
    ).body;
    await backend.post("/frame-api/moonpay/connect/verify", { frameSession, code: "000000" });
    return (await backend.post("/frame-api/moonpay/connect/complete", { frameSession, decision: "accept" })).body
      .connection;
  };

  it("connection: a returning customer is active at the first check, whatever the id", async () => {
    const backend = frameBackend();
    scenarioControl(backend.stores.scenarios).set("pending-but-returning", { moonpay: { connection: "returning" } });
    expect((await check(backend, "pending-but-returning")).connection.status).toBe("active");
  });

  it("connect: the flow ends failed with the reason given, and the customer stays so", async () => {
    const backend = frameBackend();
    scenarioControl(backend.stores.scenarios).set("zoe", {
      moonpay: { connect: "failed", connectFailureReason: "underage" },
    });
    expect(await connect(backend, "zoe")).toMatchObject({ status: "failed", reason: "underage" });
    expect((await check(backend, "zoe")).connection).toMatchObject({ status: "failed", reason: "underage" });
  });

  it("setting a scenario forgets what the host knew: a connected customer starts again from it", async () => {
    const backend = frameBackend();
    expect((await connect(backend, "yann")).status).toBe("active");
    expect((await check(backend, "yann")).connection.status).toBe("active");
    const control = scenarioControl(backend.stores.scenarios);
    control.set("yann", { moonpay: { connect: "pending" } });
    expect((await check(backend, "yann")).connection.status).toBe("connectionRequired");
    expect((await connect(backend, "yann")).status).toBe("pending");
    control.clear("yann");
    expect((await check(backend, "yann")).connection.status).toBe("connectionRequired");
  });

  it("wallets, challenge and a failed payment with its failureCode, after the challenge too", async () => {
    const backend = frameBackend();
    scenarioControl(backend.stores.scenarios).set("xena", {
      moonpay: { wallets: ["google_pay"], challenge: true, payment: "failed", failureCode: "insufficient_funds" },
    });
    const { accessToken, clientToken } = backend.stores.moonpay.issueCredentials("xena", "loopback", false);
    const quote = async (paymentMethod: string) =>
      (
        await backend.post(
          "/platform/v1/quotes/buy",
          {
            source: { asset: { code: "USD" }, amount: "100" },
            destination: { asset: { code: "ETH" } },
            wallet: { address: "0x9d5f4f3c1a2b8e7d6c5b4a39281706f5e4d3c2b1" },
            paymentMethod: { type: paymentMethod },
          },
          "127.0.0.1",
          { Authorization: `Bearer ${accessToken}` },
        )
      ).body.data.signature as string;
    const checkQuote = async (frame: string, signature: string) =>
      (await backend.post("/frame-api/moonpay/quote/check", { clientToken, frame, signature })).body;
    expect((await checkQuote("apple-pay", await quote("apple_pay"))).state).toBe("unsupported");
    const signature = await quote("google_pay");
    const { frameSession } = await checkQuote("google-pay", signature);
    const paid = (
      await backend.post("/frame-api/moonpay/quote/execute", {
        clientToken,
        frame: "google-pay",
        signature,
        frameSession,
      })
    ).body;
    expect(paid.state).toBe("challenge");
    const challengeToken = new URL(paid.url).searchParams.get("challengeToken");
    const opened = (await backend.post("/frame-api/moonpay/challenge/check", { challengeToken })).body;
    const decided = await backend.post("/frame-api/moonpay/challenge/decide", {
      frameSession: opened.frameSession,
      decision: "approve",
    });
    expect(decided.body.transaction).toEqual({
      id: expect.any(String),
      status: "failed",
      failureCode: "insufficient_funds",
      failureReason: "The card has insufficient funds.",
    });
  });
});

describe("MoneyKit, by customer_user.id", () => {
  async function atLogin(backend: ReturnType<typeof frameBackend>, customerUserId: string, institutionId: string) {
    const token = (
      await backend.post("/auth/token", {
        grant_type: "client_credentials",
        client_id: "mk_test_client",
        client_secret: "mk_test_secret",
      })
    ).body.access_token;
    const created = await backend.post(
      "/link-session",
      { customer_user: { id: customerUserId }, redirect_uri: "http://localhost:4701/moneykit-oauth.html" },
      "127.0.0.1",
      { Authorization: `Bearer ${token}` },
    );
    const { handle } = (
      await backend.post("/frame-api/moneykit/start", { linkSessionToken: created.body.link_session_token })
    ).body;
    const call = (path: string, body: Record<string, unknown> = {}) =>
      backend.post(`/frame-api/moneykit/${path}`, { handle, ...body });
    await call("consent");
    await call("select", { institutionId });
    return call;
  }

  it("login: mfa at a bank that asks none, institution_error at one that works, success past MFA", async () => {
    const backend = frameBackend();
    const control = scenarioControl(backend.stores.scenarios);
    control.set("mk-mfa", { moneykit: { login: "mfa" } });
    control.set("mk-down", { moneykit: { login: "institution_error" } });
    control.set("mk-easy", { moneykit: { login: "success" } });
    const login = { username: "u", password: "pass_good" };
    expect((await (await atLogin(backend, "mk-mfa", "plain_bank"))("login", login)).body.session.step).toBe("mfa");
    expect((await (await atLogin(backend, "mk-down", "plain_bank"))("login", login)).body.error.error_id).toBe(
      "institution_error",
    );
    expect((await (await atLogin(backend, "mk-easy", "mfa_bank"))("login", login)).body.session.step).toBe("accounts");
  });

  it("oauth: deny makes the bank answer access_denied whichever button is pressed", async () => {
    const backend = frameBackend();
    scenarioControl(backend.stores.scenarios).set("mk-denied", { moneykit: { oauth: "deny" } });
    const call = await atLogin(backend, "mk-denied", "oauth_bank");
    const state = new URL((await call("oauth/start")).body.url).searchParams.get("state")!;
    const bank = createBankApp(resolveConfig({ port: 0 }), backend.stores);
    const decided = await bank.request("/oauth/decide", {
      method: "POST",
      body: new URLSearchParams({ state, decision: "approve" }),
    });
    const redirect = new URL(decided.headers.get("Location")!);
    expect(redirect.searchParams.get("error")).toBe("access_denied");
    expect(redirect.searchParams.has("code")).toBe(false);
  });
});

describe("over HTTP: /_mock/scenarios, a test hook", () => {
  const appWith = (testHooks: boolean) =>
    createApp(resolveConfig({ port: 0, testHooks }), createStores(), () => "http://bank.localhost:4802");
  const put = (app: ReturnType<typeof appWith>, id: string, body: unknown) =>
    app.request(`/_mock/scenarios/${encodeURIComponent(id)}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });

  it("sets, lists and clears scenarios", async () => {
    const app = appWith(true);
    const response = await put(app, "ann lee", { moonpay: { connect: "pending" } });
    expect(response.status).toBe(200);
    expect(await (await app.request("/_mock/scenarios")).json()).toEqual({
      scenarios: { "ann lee": { moonpay: { connect: "pending" } } },
    });
    expect((await app.request("/_mock/scenarios/ann%20lee", { method: "DELETE" })).status).toBe(204);
    expect(await (await app.request("/_mock/scenarios")).json()).toEqual({ scenarios: {} });
  });

  it("answers 400 invalidScenario for a scenario it cannot read", async () => {
    const response = await put(appWith(true), "ann", { moonpay: { payment: "maybe" } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "invalidScenario", message: expect.stringContaining("moonpay.payment") },
    });
  });

  it("is not served without test hooks", async () => {
    expect((await put(appWith(false), "ann", {})).status).toBe(404);
    expect((await appWith(false).request("/_mock/scenarios")).status).toBe(404);
  });
});

describe("a failed payment's reason", () => {
  it("is the code's sentence, the one given, or a sentence naming the code; never an inherited property", () => {
    expect(paymentFailure("x", { payment: "failed" })).toEqual({
      code: "card_declined",
      reason: "The card issuer declined the payment.",
    });
    expect(paymentFailure("x", { payment: "failed", failureCode: "limit", failureReason: "Over the limit." })).toEqual({
      code: "limit",
      reason: "Over the limit.",
    });
    expect(paymentFailure("x", { payment: "failed", failureCode: "constructor" })).toEqual({
      code: "constructor",
      reason: "The payment failed (constructor).",
    });
    expect(paymentFailure("applepay-declined-x", { payment: "completed" })).toBeUndefined();
  });
});
