import { describe, expect, it } from "vitest";
import { createApp, createStores } from "../app.js";
import { configFromEnv } from "../config.js";

const stores = createStores();
const app = createApp({ ...configFromEnv({}), port: 0, bankPort: 0 }, stores, () => "http://bank.localhost:4802");

const full = stores.moonpay.issueCredentials("applepay-alice", "loopback", false) as { accessToken: string; clientToken: string };
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
    expect((await get("/platform/v1/payment-methods", { Authorization: `Bearer ${anonymous.clientToken}` })).status).toBe(403);
    expect((await get("/platform/v1/payment-methods", { Authorization: "Bearer at_forged" })).status).toBe(401);
    expect((await get("/platform/v1/payment-methods")).status).toBe(401);
  });

  it("allows CORS from allowed merchant origins only", async () => {
    const allowed = await get("/platform/v1/payment-methods", { Origin: "http://localhost:4701", Authorization: `Bearer ${full.accessToken}` });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:4701");
    const refused = await get("/platform/v1/payment-methods", { Origin: "http://evil.localhost:4701", Authorization: `Bearer ${full.accessToken}` });
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("signs quotes so that any change is detected", async () => {
    const response = await app.request("/platform/v1/quotes/buy", {
      method: "POST",
      headers: { Authorization: `Bearer ${full.accessToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({ source: "usd", destination: "eth", sourceAmount: "100", walletAddress: "0xabc", paymentMethod: "apple_pay" }),
    });
    const quote = (await response.json()) as { signature: string; executable: boolean };
    expect(quote.executable).toBe(true);
    expect(stores.payments.openQuote(quote.signature)?.customerId).toBe("applepay-alice");
    const [body, mac] = quote.signature.split(".");
    const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), sourceAmount: "1.00" })).toString("base64url");
    expect(stores.payments.openQuote(`${changed}.${mac}`)).toBeUndefined();
  });
});
