import { describe, expect, it } from "vitest";
import { createApp, createStores } from "../app.js";
import { configFromEnv, resolveConfig } from "../config.js";

const stores = createStores();
const app = createApp(
  resolveConfig({ ...configFromEnv({}), port: 0, bankPort: 0 }),
  stores,
  () => "http://bank.localhost:4802",
);

const full = stores.moonpay.issueCredentials("applepay-alice", "loopback", false) as {
  accessToken: string;
  clientToken: string;
};
const anonymous = stores.moonpay.issueCredentials("bob", "loopback", true);

function get(path: string, headers: Record<string, string> = {}) {
  return app.request(path, { headers });
}

describe("the platform API on the mock host", () => {
  it("answers full credentials", async () => {
    const response = await get("/platform/v1/payment-methods", { Authorization: `Bearer ${full.accessToken}` });
    expect(response.status).toBe(200);
  });

  it("refuses anonymous credentials with 403 and unknown ones with 401", async () => {
    expect(
      (await get("/platform/v1/payment-methods", { Authorization: `Bearer ${anonymous.clientToken}` })).status,
    ).toBe(403);
    expect(
      (await get("/platform/v1/payment-methods", { Authorization: `Bearer ${anonymous.accessToken}` })).status,
    ).toBe(403);
    expect((await get("/platform/v1/payment-methods", { Authorization: "Bearer at_forged" })).status).toBe(401);
    expect((await get("/platform/v1/payment-methods")).status).toBe(401);
  });

  it("allows CORS from allowed merchant origins only", async () => {
    const allowed = await get("/platform/v1/payment-methods", {
      Origin: "http://localhost:4701",
      Authorization: `Bearer ${full.accessToken}`,
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:4701");
    const refused = await get("/platform/v1/payment-methods", {
      Origin: "http://evil.localhost:4701",
      Authorization: `Bearer ${full.accessToken}`,
    });
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers every request with an X-Request-Id, and a 31st request in a second with 429", async () => {
    const own = stores.moonpay.issueCredentials("rate-rita", "loopback", false) as { accessToken: string };
    const answers = await Promise.all(
      Array.from({ length: 31 }, () =>
        get("/platform/v1/payment-methods", { Authorization: `Bearer ${own.accessToken}` }),
      ),
    );
    expect(answers.every((answer) => /^req_[0-9a-f]{24}$/.test(answer.headers.get("x-request-id") ?? ""))).toBe(true);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(1);
    const limited = answers.find((answer) => answer.status === 429)!;
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(await limited.json()).toEqual({ code: "rate_limited", message: expect.any(String) });
  });

  it("answers payment methods as MoonPay documents them, in { data }", async () => {
    const body = (await (
      await get("/platform/v1/payment-methods", { Authorization: `Bearer ${full.accessToken}` })
    ).json()) as {
      data: {
        paymentMethodConfigs: {
          type: string;
          capabilities: Record<string, unknown>;
          availability: { active: boolean };
        }[];
        paymentMethods: { id: string }[];
      };
    };
    expect(body.data.paymentMethodConfigs.map((config) => config.type)).toEqual(["apple_pay", "google_pay", "card"]);
    expect(body.data.paymentMethodConfigs[0]!.capabilities).toEqual({
      supportedCurrencies: ["USD"],
      supportedTransactionTypes: ["buy"],
      allowsDeletion: false,
      requiresWidget: false,
    });
    expect(body.data.paymentMethods).toHaveLength(1);
  });

  it("quotes from the nested body, signed so that any change is detected", async () => {
    const response = await app.request("/platform/v1/quotes/buy", {
      method: "POST",
      headers: { Authorization: `Bearer ${full.accessToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        source: { asset: { code: "USD" }, amount: "100" },
        destination: { asset: { code: "ETH" } },
        wallet: { address: "0xabc" },
        paymentMethod: { type: "apple_pay" },
      }),
    });
    const { data: quote } = (await response.json()) as {
      data: { signature: string; executable: boolean; source: unknown; fees: Record<string, unknown> };
    };
    expect(quote.executable).toBe(true);
    expect(quote.source).toEqual({ amount: "100.00", asset: { code: "USD" } });
    expect(Object.keys(quote.fees)).toEqual(["network", "moonpay", "ecosystem"]);
    expect(stores.payments.openQuote(quote.signature)?.customerId).toBe("applepay-alice");
    const [body, mac] = quote.signature.split(".");
    const changed = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), sourceAmount: "1.00" }),
    ).toString("base64url");
    expect(stores.payments.openQuote(`${changed}.${mac}`)).toBeUndefined();
  });

  it.each([
    ["the flat seed-style body", { source: "usd", destination: "eth", sourceAmount: "100" }],
    [
      "both amounts",
      { source: { asset: { code: "USD" }, amount: "100" }, destination: { asset: { code: "ETH" }, amount: "1" } },
    ],
    [
      "a card without its id",
      {
        source: { asset: { code: "USD" }, amount: "100" },
        destination: { asset: { code: "ETH" } },
        paymentMethod: { type: "card" },
      },
    ],
  ])("refuses a quote request with %s: 400 { code, message }", async (_, requestBody) => {
    const response = await app.request("/platform/v1/quotes/buy", {
      method: "POST",
      headers: { Authorization: `Bearer ${full.accessToken}`, "Content-Type": "application/json" },
      body: JSON.stringify(requestBody),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe("invalid_request");
  });
});
