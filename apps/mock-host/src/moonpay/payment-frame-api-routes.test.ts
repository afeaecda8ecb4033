import { describe, expect, it } from "vitest";
import { frameBackend } from "./frame-backend.test-helper.js";
import { QUICK_QUOTE_LIFETIME_MS, SETTLEMENT_MS } from "./payments-store.js";

// The payment frames' backend (Apple Pay, Google Pay, Buy, Buy Button,
// widget) and the challenge frame's: the scenarios the customer id picks.
const WALLET = "0x9d5f4f3c1a2b8e7d6c5b4a39281706f5e4d3c2b1";

async function customer(id: string, backend = frameBackend()) {
  const { accessToken, clientToken } = backend.stores.moonpay.issueCredentials(id, "loopback", false) as {
    accessToken: string;
    clientToken: string;
  };
  const quote = async (
    { walletAddress, paymentMethod }: { walletAddress?: string; paymentMethod?: string } = {
      walletAddress: WALLET,
      paymentMethod: "apple_pay",
    },
  ) =>
    (
      await backend.post(
        "/platform/v1/quotes/buy",
        {
          source: { asset: { code: "USD" }, amount: "100" },
          destination: { asset: { code: "ETH" } },
          ...(walletAddress ? { wallet: { address: walletAddress } } : {}),
          ...(paymentMethod ? { paymentMethod: { type: paymentMethod } } : {}),
        },
        "127.0.0.1",
        { Authorization: `Bearer ${accessToken}` },
      )
    ).body.data.signature as string;
  const call = (path: string, body: Record<string, unknown>, ip?: string) =>
    backend.post(`/frame-api/moonpay/${path}`, { clientToken, ...body }, ip);
  /** What a payment frame does: checks the quote, then pays it in the frame session the check opened. */
  const pay = async (body: { frame: string; signature: string; externalTransactionId?: string }) => {
    const checked = await call("quote/check", body);
    return call("quote/execute", { ...body, frameSession: checked.body.frameSession });
  };
  return { backend, clientToken, quote, call, pay };
}

describe("the payment frames' backend", () => {
  it("Apple Pay: a device with it gets the quote's summary, then a pending transaction", async () => {
    const { quote, call } = await customer("applepay-alice");
    const signature = await quote();
    const checked = await call("quote/check", { frame: "apple-pay", signature });
    expect(checked.body).toEqual({
      state: "ready",
      quote: { sourceAmount: "100.00", source: "USD", destinationAmount: expect.any(String), destination: "ETH" },
      frameSession: expect.stringMatching(/^fs_/),
    });
    const paid = await call("quote/execute", {
      frame: "apple-pay",
      signature,
      frameSession: checked.body.frameSession,
    });
    expect(paid.body).toEqual({
      state: "complete",
      transaction: { id: expect.stringMatching(/^txn_/), status: "pending" },
    });
  });

  it.each([
    ["apple-pay", "plain-bob", "unsupported"],
    ["apple-pay", "googlepay-bob", "unsupported"],
    ["google-pay", "plain-bob", "unsupported"],
    ["google-pay", "googlepay-bob", "ready"],
    ["google-pay", "applepay-googlepay-bob", "ready"],
    ["buy", "plain-bob", "ready"],
    ["buy-button", "plain-bob", "ready"],
    ["widget", "plain-bob", "ready"],
  ])("%s for %s: %s", async (frame, id, state) => {
    const { quote, call } = await customer(id);
    expect((await call("quote/check", { frame, signature: await quote() })).body.state).toBe(state);
  });

  it("keeps the merchant's externalTransactionId on the transaction", async () => {
    const { backend, quote, pay } = await customer("plain-carol");
    const paid = await pay({
      frame: "buy",
      signature: await quote({ walletAddress: WALLET, paymentMethod: "google_pay" }),
      externalTransactionId: "order-17",
    });
    expect(backend.stores.payments.transactions.get(paid.body.transaction.id)?.externalTransactionId).toBe("order-17");
  });

  it.each([
    ["no signature", {}, "configurationError"],
    ["a changed signature", { signature: "eyJ9.AAAA" }, "invalidQuote"],
  ])("refuses %s", async (_, body, code) => {
    const { call } = await customer("plain-dave");
    expect((await call("quote/execute", { frame: "buy", ...body })).body).toEqual({
      error: { code, message: expect.any(String) },
    });
  });

  it("refuses a price quote (no wallet), another customer's quote, an anonymous or unknown client token", async () => {
    const { quote, call, backend } = await customer("plain-erin");
    expect((await call("quote/check", { frame: "buy", signature: await quote({}) })).body.error.code).toBe(
      "quoteNotExecutable",
    );
    const theirs = await (await customer("plain-frank", backend)).quote();
    expect((await call("quote/check", { frame: "buy", signature: theirs })).body.error.code).toBe("invalidQuote");
    const anonymous = backend.stores.moonpay.issueCredentials("plain-erin", "loopback", true).clientToken;
    expect(
      (await call("quote/check", { frame: "buy", signature: await quote(), clientToken: anonymous })).body.error.code,
    ).toBe("unauthorized");
    expect(
      (await call("quote/check", { frame: "buy", signature: await quote(), clientToken: "ct_forged" })).body.error.code,
    ).toBe("unauthorized");
  });

  it("-quickquote-: an expired quote is quoteExpired, and a new one pays", async () => {
    const { backend, quote, call, pay } = await customer("applepay-quickquote-gina");
    const stale = await quote();
    const { frameSession } = (await call("quote/check", { frame: "apple-pay", signature: stale })).body;
    backend.clock.now += QUICK_QUOTE_LIFETIME_MS;
    expect((await call("quote/execute", { frame: "apple-pay", signature: stale, frameSession })).body.error.code).toBe(
      "quoteExpired",
    );
    expect((await call("quote/check", { frame: "apple-pay", signature: stale, frameSession })).body.error.code).toBe(
      "quoteExpired",
    );
    expect((await pay({ frame: "apple-pay", signature: await quote() })).body.state).toBe("complete");
  });

  it("-declined-: the transaction completes failed with a failure code", async () => {
    const { quote, pay } = await customer("applepay-declined-hank");
    expect((await pay({ frame: "apple-pay", signature: await quote() })).body.transaction).toEqual({
      id: expect.any(String),
      status: "failed",
      failureCode: "card_declined",
      failureReason: expect.any(String),
    });
  });

  it("-roaming-: ipAddressMismatch, as for a call from another device", async () => {
    const roaming = await customer("applepay-roaming-ivy");
    expect(
      (await roaming.call("quote/check", { frame: "apple-pay", signature: await roaming.quote() })).body.error.code,
    ).toBe("ipAddressMismatch");
    const moved = await customer("applepay-jack");
    expect(
      (await moved.call("quote/check", { frame: "apple-pay", signature: await moved.quote() }, "203.0.113.9")).body
        .error.code,
    ).toBe("ipAddressMismatch");
  });

  it("the widget follows its transaction until it settles", async () => {
    const { backend, quote, call, pay } = await customer("plain-kim");
    const paid = await pay({ frame: "widget", signature: await quote() });
    const id = paid.body.transaction.id as string;
    expect((await call("transaction", { transactionId: id })).body.transaction.status).toBe("pending");
    backend.clock.now += SETTLEMENT_MS;
    expect((await call("transaction", { transactionId: id })).body.transaction).toEqual({ id, status: "completed" });
    const stranger = await customer("plain-lee", backend);
    expect((await stranger.call("transaction", { transactionId: id })).body.error.code).toBe("generic");
  });

  // Finding 11b: paying is the frame's step; the parent page knows the client token and the signature, not the frame session.
  describe("paying takes the frame session its quote check opened", () => {
    it("the client token and signature alone do not pay", async () => {
      const { quote, call } = await customer("applepay-uma");
      const signature = await quote();
      expect(await call("quote/execute", { frame: "apple-pay", signature })).toMatchObject({
        status: 401,
        body: { error: { code: "invalidFrameSession" } },
      });
      expect(
        (await call("quote/execute", { frame: "apple-pay", signature, frameSession: "fs_forged" })).body.error.code,
      ).toBe("invalidFrameSession");
      expect(
        (await call("quote/check", { frame: "apple-pay", signature, frameSession: "fs_forged" })).body.error.code,
      ).toBe("invalidFrameSession");
    });

    it("pays the quote checked in that frame session, once a check", async () => {
      const { quote, call } = await customer("applepay-vic");
      const [first, second] = [await quote(), await quote()];
      const { frameSession } = (await call("quote/check", { frame: "apple-pay", signature: first })).body;
      expect(await call("quote/execute", { frame: "apple-pay", signature: second, frameSession })).toMatchObject({
        status: 409,
        body: { error: { code: "stepOutOfOrder" } },
      });
      expect((await call("quote/execute", { frame: "apple-pay", signature: first, frameSession })).body.state).toBe(
        "complete",
      );
      expect(
        (await call("quote/execute", { frame: "apple-pay", signature: first, frameSession })).body.error.code,
      ).toBe("stepOutOfOrder");
      // setQuote: the frame checks the next quote in the same frame session, and may pay it.
      expect(
        (await call("quote/check", { frame: "apple-pay", signature: second, frameSession })).body.frameSession,
      ).toBe(frameSession);
      expect((await call("quote/execute", { frame: "apple-pay", signature: second, frameSession })).body.state).toBe(
        "complete",
      );
    });

    it("a frame session is its frame's, for its client token", async () => {
      const { backend, quote, call } = await customer("applepay-googlepay-wes");
      const signature = await quote();
      const { frameSession } = (await call("quote/check", { frame: "apple-pay", signature })).body;
      expect((await call("quote/execute", { frame: "google-pay", signature, frameSession })).body.error.code).toBe(
        "invalidFrameSession",
      );
      const again = backend.stores.moonpay.issueCredentials("applepay-googlepay-wes", "loopback", false).clientToken;
      expect(
        (await call("quote/execute", { frame: "apple-pay", signature, frameSession, clientToken: again })).body.error
          .code,
      ).toBe("invalidFrameSession");
    });
  });
});

describe("the challenge frame's backend", () => {
  async function challenged(id = "applepay-challenge-mia", frame = "apple-pay") {
    const { backend, quote, pay } = await customer(id);
    const paid = await pay({ frame, signature: await quote() });
    expect(paid.body.state).toBe("challenge");
    const url = new URL(paid.body.url as string);
    expect(url.pathname).toBe("/platform/v1/challenge");
    expect([...url.searchParams.keys()]).toEqual(["challengeToken"]);
    return { backend, challengeToken: url.searchParams.get("challengeToken")! };
  }

  it("the challenge token opens it; approving, once, completes the payment", async () => {
    const { backend, challengeToken } = await challenged();
    const checked = await backend.post("/frame-api/moonpay/challenge/check", { challengeToken });
    expect(checked.body).toEqual({ amount: "100.00", currency: "USD", frameSession: expect.stringMatching(/^fs_/) });
    const { frameSession } = checked.body;
    const decided = await backend.post("/frame-api/moonpay/challenge/decide", { frameSession, decision: "approve" });
    expect(decided.body).toEqual({
      state: "complete",
      flow: "buy",
      transaction: { id: expect.any(String), status: "pending" },
    });
    expect(backend.stores.payments.transactions.get(decided.body.transaction.id)?.customerId).toBe(
      "applepay-challenge-mia",
    );
    expect(
      (await backend.post("/frame-api/moonpay/challenge/decide", { frameSession, decision: "approve" })).body.error
        .code,
    ).toBe("invalidFrameSession");
    expect((await backend.post("/frame-api/moonpay/challenge/check", { challengeToken })).body.error.code).toBe(
      "generic",
    );
  });

  it("reject cancels; another device or a made-up token cannot open it", async () => {
    const { backend, challengeToken } = await challenged("plain-challenge-ned", "buy");
    expect(
      (await backend.post("/frame-api/moonpay/challenge/check", { challengeToken }, "203.0.113.9")).body.error.code,
    ).toBe("generic");
    expect(
      (await backend.post("/frame-api/moonpay/challenge/check", { challengeToken: "chl_guess" })).body.error.code,
    ).toBe("generic");
    const { frameSession } = (await backend.post("/frame-api/moonpay/challenge/check", { challengeToken })).body;
    expect(
      (await backend.post("/frame-api/moonpay/challenge/decide", { frameSession, decision: "reject" }, "203.0.113.9"))
        .body.error.code,
    ).toBe("generic");
    expect(
      (await backend.post("/frame-api/moonpay/challenge/decide", { frameSession, decision: "reject" })).body,
    ).toEqual({ state: "cancelled", flow: "buy" });
  });

  // Finding 11b: deciding is the challenge frame's step; the page that got the `challenge` event knows the token in its URL.
  it("challenge/decide takes the frame session challenge/check opened, not the challenge token", async () => {
    const { backend, challengeToken } = await challenged("applepay-challenge-xena");
    expect(
      await backend.post("/frame-api/moonpay/challenge/decide", { challengeToken, decision: "approve" }),
    ).toMatchObject({ status: 401, body: { error: { code: "invalidFrameSession" } } });
    expect(
      (await backend.post("/frame-api/moonpay/challenge/decide", { frameSession: "fs_forged", decision: "approve" }))
        .body.error.code,
    ).toBe("invalidFrameSession");
    const { frameSession } = (await backend.post("/frame-api/moonpay/challenge/check", { challengeToken })).body;
    expect(
      (await backend.post("/frame-api/moonpay/challenge/decide", { frameSession, decision: "approve" })).body.state,
    ).toBe("complete");
  });

  it("the widget verifies inside itself: no challenge", async () => {
    const { quote, pay } = await customer("plain-challenge-olga");
    expect((await pay({ frame: "widget", signature: await quote() })).body.state).toBe("complete");
  });
});
