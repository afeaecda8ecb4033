import { type Context, Hono } from "hono";
import { cors } from "hono/cors";
import { randomBytes } from "node:crypto";
import type { AllowedOrigins } from "../allowed-origins.js";
import { type PaymentsStore, QUICK_QUOTE_LIFETIME_MS, QUOTE_LIFETIME_MS, type Quote, type Transaction } from "./payments-store.js";
import type { IssuedToken, MoonPayStore } from "./store.js";

const PRICES: Record<string, number> = { eth: 2500, btc: 60000, usdc: 1, sol: 150 };
const PAGE_SIZE = 10;

/**
 * MoonPay's platform API as the browser calls it with client credentials:
 * payment methods, buy quotes, transactions. CORS answers allowed merchant
 * origins only. A missing, unknown or expired access token is 401; an
 * anonymous client token, where full credentials are needed, is 403.
 */
export function platformApiRoutes(store: MoonPayStore, payments: PaymentsStore, allowed: AllowedOrigins): Hono {
  const app = new Hono();
  app.use(
    "/platform/v1/*",
    cors({
      origin: (origin) => (allowed.matches(origin) ? origin : null),
      allowMethods: ["GET", "POST", "DELETE"],
      allowHeaders: ["Authorization", "Content-Type"],
      maxAge: 600,
    }),
  );

  const authorize = (c: Context): IssuedToken | Response => {
    const token = c.req.header("authorization")?.match(/^Bearer (\S+)$/)?.[1];
    const full = token ? store.accessTokens.get(token) : undefined;
    if (full && full.expiresAt > store.now()) return full;
    const anonymous = token ? store.clientTokens.get(token) : undefined;
    if (anonymous && anonymous.expiresAt > store.now()) {
      return c.json({ error: { code: "forbidden", message: "These credentials are anonymous; connect the customer first." } }, 403);
    }
    return c.json({ error: { code: "unauthorized", message: "A valid access token is required." } }, 401);
  };

  app.get("/platform/v1/payment-methods", (c) => {
    const auth = authorize(c);
    if (auth instanceof Response) return auth;
    const cardId = `pm_card_${auth.customerId.length}`;
    return c.json({
      paymentMethodConfigs: [
        { type: "apple_pay", capabilities: { supported: true, requiresWallet: true }, availability: { active: true } },
        { type: "card", capabilities: { supported: true, requiresWallet: false }, availability: { active: false, reason: "notAvailableInPreview" } },
      ],
      paymentMethods: payments.deletedPaymentMethods.has(cardId) ? [] : [{ id: cardId, type: "card", brand: "visa", last4: "4242", expiry: "12/29" }],
    });
  });

  app.delete("/platform/v1/payment-methods/:id", (c) => {
    const auth = authorize(c);
    if (auth instanceof Response) return auth;
    payments.deletedPaymentMethods.add(c.req.param("id"));
    return c.body(null, 204);
  });

  app.post("/platform/v1/quotes/buy", async (c) => {
    const auth = authorize(c);
    if (auth instanceof Response) return auth;
    const body = ((await c.req.json().catch(() => ({}))) ?? {}) as Record<string, unknown>;
    const source = String(body.source ?? "").toLowerCase();
    const destination = String(body.destination ?? "").toLowerCase();
    const price = PRICES[destination];
    const sourceAmount = body.sourceAmount === undefined ? undefined : Number(body.sourceAmount);
    const destinationAmount = body.destinationAmount === undefined ? undefined : Number(body.destinationAmount);
    if (source !== "usd" || !price || (sourceAmount === undefined) === (destinationAmount === undefined)) {
      return c.json({ error: { code: "invalidRequest", message: "Give source usd, a known destination, and one of sourceAmount or destinationAmount." } }, 400);
    }
    const fiat = sourceAmount ?? destinationAmount! * price;
    if (!(fiat >= 20 && fiat <= 10_000)) return c.json({ error: { code: "outOfLimits", message: "The amount must be between 20 and 10000 USD." } }, 400);
    const processing = round(fiat * 0.015);
    const network = 2.5;
    const walletAddress = typeof body.walletAddress === "string" && body.walletAddress ? body.walletAddress : null;
    const paymentMethod = typeof body.paymentMethod === "string" && body.paymentMethod ? body.paymentMethod : null;
    const lifetime = auth.customerId.includes("-quickquote-") ? QUICK_QUOTE_LIFETIME_MS : QUOTE_LIFETIME_MS;
    const quote: Quote = {
      id: `quo_${randomBytes(9).toString("base64url")}`,
      customerId: auth.customerId,
      source,
      destination,
      sourceAmount: round(fiat).toFixed(2),
      destinationAmount: ((fiat - processing - network) / price).toFixed(6),
      walletAddress,
      paymentMethod,
      executable: Boolean(walletAddress && paymentMethod === "apple_pay"),
      expiresAt: new Date(store.now() + lifetime).toISOString(),
    };
    return c.json({
      ...publicQuote(quote),
      fees: { processing: processing.toFixed(2), network: network.toFixed(2), currency: "usd" },
      limits: { minSourceAmount: "20.00", maxSourceAmount: "10000.00" },
      paymentDisclosures: [{ kind: "text", text: "Crypto purchases are final. MoonPay is the merchant of record." }],
      signature: payments.signQuote(quote),
    });
  });

  app.get("/platform/v1/transactions/:id", (c) => {
    const auth = authorize(c);
    if (auth instanceof Response) return auth;
    const transaction = payments.transactions.get(c.req.param("id"));
    if (!transaction || transaction.customerId !== auth.customerId) return c.json({ error: { code: "notFound", message: "No such transaction." } }, 404);
    return c.json(describe(payments, transaction));
  });

  app.get("/platform/v1/transactions", (c) => {
    const auth = authorize(c);
    if (auth instanceof Response) return auth;
    const mine = [...payments.transactions.values()].filter((transaction) => transaction.customerId === auth.customerId).reverse();
    const start = Number(c.req.query("cursor") ?? 0);
    if (!Number.isInteger(start) || start < 0) return c.json({ error: { code: "invalidRequest", message: "Bad cursor." } }, 400);
    const data = mine.slice(start, start + PAGE_SIZE).map((transaction) => describe(payments, transaction));
    return c.json({ data, pageInfo: { nextCursor: start + PAGE_SIZE < mine.length ? String(start + PAGE_SIZE) : null } });
  });

  return app;
}

export function publicQuote(quote: Quote) {
  const { customerId: _, ...rest } = quote;
  return rest;
}

function describe(payments: PaymentsStore, transaction: Transaction) {
  const status = payments.statusOf(transaction);
  const stage = (name: string, done: boolean) => ({ stage: name, status: status === "failed" ? "failed" : done ? "success" : "pending" });
  return {
    id: transaction.id,
    status,
    ...(transaction.failureCode ? { failureCode: transaction.failureCode } : {}),
    createdAt: new Date(transaction.createdAt).toISOString(),
    source: transaction.quote.source,
    destination: transaction.quote.destination,
    sourceAmount: transaction.quote.sourceAmount,
    destinationAmount: transaction.quote.destinationAmount,
    walletAddress: transaction.quote.walletAddress,
    stages: [stage("payment", true), stage("purchase", status === "completed"), stage("delivery", status === "completed")],
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
