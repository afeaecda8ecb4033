import { randomBytes } from "node:crypto";
import { type Context, Hono } from "hono";
import { cors } from "hono/cors";
import type { AllowedOrigins } from "../allowed-origins.js";
import { moonPayCustomerId } from "./customer-id.js";
import { type PaymentsStore, QUICK_QUOTE_LIFETIME_MS, QUOTE_LIFETIME_MS, type Quote } from "./payments-store.js";
import { platformError } from "./platform-error.js";
import { cents, describeTransaction, quoteBody } from "./platform-representations.js";
import type { IssuedToken, MoonPayStore } from "./store.js";

const PRICES: Record<string, number> = { ETH: 2500, BTC: 60000, USDC: 1, USDC_SOL: 1, SOL: 150 };
const PAGE_SIZE = 10;
/** Payment methods a quote may name; `card` needs the `id` of a stored card. */
const PAYMENT_METHODS = new Set(["apple_pay", "google_pay", "card"]);

/**
 * MoonPay's platform API as the browser calls it with client credentials
 * (`Authorization: Bearer <accessToken>`): payment methods, buy quotes,
 * transactions, answered as `{ data }`. CORS answers allowed merchant origins
 * only. A missing, unknown or expired access token is 401; an anonymous
 * client token, where full credentials are needed, is 403.
 */
export function platformApiRoutes(store: MoonPayStore, payments: PaymentsStore, allowed: AllowedOrigins): Hono {
  const app = new Hono();
  app.use(
    "/platform/v1/*",
    cors({
      origin: (origin) => (allowed.matches(origin) ? origin : null),
      allowMethods: ["GET", "POST", "DELETE"],
      allowHeaders: ["Authorization", "Content-Type"],
      exposeHeaders: ["X-Request-Id", "Retry-After"],
      maxAge: 600,
    }),
  );

  const authorize = (c: Context): IssuedToken | Response => {
    const token = c.req.header("authorization")?.match(/^Bearer (\S+)$/)?.[1];
    const issued = token ? (store.accessTokens.get(token) ?? store.clientTokens.get(token)) : undefined;
    if (issued && issued.expiresAt > store.now() && !issued.anonymous) return issued;
    if (issued && issued.expiresAt > store.now()) {
      return platformError(c, 403, "forbidden", "These credentials are anonymous; connect the customer first.");
    }
    return platformError(c, 401, "unauthorized", "Access is unauthorized.");
  };

  const cardOf = (customerId: string) => `pm_card_${moonPayCustomerId(customerId).slice(4, 16)}`;

  app.get("/platform/v1/payment-methods", (c) => {
    const auth = authorize(c);
    if (auth instanceof Response) return auth;
    const card = cardOf(auth.customerId);
    const config = (type: string, allowsDeletion: boolean, currencies: string[]) => ({
      type,
      capabilities: {
        supportedCurrencies: currencies,
        supportedTransactionTypes: ["buy"],
        allowsDeletion,
        requiresWidget: false,
      },
      availability: { active: true },
    });
    return c.json({
      data: {
        paymentMethodConfigs: [
          config("apple_pay", false, ["USD"]),
          config("google_pay", false, ["USD"]),
          config("card", true, ["USD", "EUR", "GBP"]),
        ],
        paymentMethods: payments.deletedPaymentMethods.has(card)
          ? []
          : [{ id: card, type: "card", brand: "visa", last4: "4242", expiryMonth: 12, expiryYear: 2029 }],
      },
    });
  });

  app.delete("/platform/v1/payment-methods/:id", (c) => {
    const auth = authorize(c);
    if (auth instanceof Response) return auth;
    const id = c.req.param("id");
    if (id !== cardOf(auth.customerId) || payments.deletedPaymentMethods.has(id))
      return platformError(c, 404, "not_found", "No such payment method.");
    payments.deletedPaymentMethods.add(id);
    return c.body(null, 204);
  });

  app.post("/platform/v1/quotes/buy", async (c) => {
    const auth = authorize(c);
    if (auth instanceof Response) return auth;
    const request = readQuoteRequest(await c.req.json().catch(() => undefined));
    if (typeof request === "string") return platformError(c, 400, "invalid_request", request);
    const price = PRICES[request.destination]!;
    const fiat = request.sourceAmount ?? request.destinationAmount! * price;
    if (!(fiat >= 20 && fiat <= 10_000))
      return platformError(c, 400, "invalid_request", "The amount must be between 20 and 10000 USD.");
    const fees = 2.5 + fiat * 0.02;
    const { method } = request;
    if (method?.type === "card" && method.id !== cardOf(auth.customerId))
      return platformError(c, 400, "invalid_request", "paymentMethod.id is not a stored card of this customer.");
    const lifetime = auth.customerId.includes("-quickquote-") ? QUICK_QUOTE_LIFETIME_MS : QUOTE_LIFETIME_MS;
    const quote: Quote = {
      id: `quo_${randomBytes(9).toString("base64url")}`,
      customerId: auth.customerId,
      source: request.source,
      destination: request.destination,
      sourceAmount: cents(fiat),
      destinationAmount: ((fiat - fees) / price).toFixed(6),
      walletAddress: request.walletAddress,
      paymentMethod: method?.type ?? null,
      ...(method?.id ? { paymentMethodId: method.id } : {}),
      executable: Boolean(request.walletAddress && method),
      expiresAt: new Date(store.now() + lifetime).toISOString(),
    };
    return c.json(quoteBody(quote, payments.signQuote(quote), price));
  });

  app.get("/platform/v1/transactions/:id", (c) => {
    const auth = authorize(c);
    if (auth instanceof Response) return auth;
    const transaction = payments.transactions.get(c.req.param("id"));
    if (!transaction || transaction.customerId !== auth.customerId)
      return platformError(c, 404, "not_found", "No such transaction.");
    return c.json({ data: describeTransaction(payments, transaction, moonPayCustomerId(auth.customerId)) });
  });

  app.get("/platform/v1/transactions", (c) => {
    const auth = authorize(c);
    if (auth instanceof Response) return auth;
    const day = (key: string) => c.req.query(key);
    for (const key of ["startDate", "endDate"]) {
      const value = day(key);
      if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value))
        return platformError(c, 400, "invalid_request", `${key} must be a date, YYYY-MM-DD.`);
    }
    const createdOn = (at: number) => new Date(at).toISOString().slice(0, 10);
    const mine = [...payments.transactions.values()]
      .filter((transaction) => transaction.customerId === auth.customerId)
      .filter(
        (transaction) =>
          (day("startDate") ?? "") <= createdOn(transaction.createdAt) &&
          createdOn(transaction.createdAt) <= (day("endDate") ?? "9999-12-31"),
      )
      .reverse();
    const cursor = c.req.query("cursor");
    const start = cursor === undefined ? 0 : mine.findIndex((transaction) => transaction.id === cursor);
    if (start < 0) return platformError(c, 400, "invalid_request", "The cursor is not one this API gave.");
    const limit = Number(c.req.query("limit") ?? PAGE_SIZE);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      return platformError(c, 400, "invalid_request", "limit must be an integer from 1 to 100.");
    const page = mine.slice(start, start + limit);
    const next = mine[start + limit];
    return c.json({
      data: page.map((transaction) => describeTransaction(payments, transaction, moonPayCustomerId(auth.customerId))),
      pageInfo: { nextCursor: next ? next.id : null },
    });
  });

  return app;
}

interface QuoteRequest {
  readonly source: string;
  readonly destination: string;
  readonly sourceAmount?: number;
  readonly destinationAmount?: number;
  readonly walletAddress: string | null;
  readonly method?: { readonly type: string; readonly id?: string };
}

/** Reads `{ source: { asset: { code }, amount? }, destination: …, wallet?, paymentMethod? }`, or says what is wrong. */
function readQuoteRequest(body: unknown): QuoteRequest | string {
  const record = (value: unknown) =>
    typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const side = (value: unknown) => {
    const code = record(record(value).asset).code;
    const amount = record(value).amount;
    return {
      code: typeof code === "string" ? code.toUpperCase() : "",
      amount:
        typeof amount === "string" && /^\d+(\.\d+)?$/.test(amount)
          ? Number(amount)
          : amount === undefined
            ? undefined
            : Number.NaN,
    };
  };
  const source = side(record(body).source);
  const destination = side(record(body).destination);
  if (source.code !== "USD") return "source.asset.code must be USD.";
  if (!PRICES[destination.code]) return "destination.asset.code is not an asset this API sells.";
  if ((source.amount === undefined) === (destination.amount === undefined))
    return "Give the amount in source or in destination, not both.";
  if (Number.isNaN(source.amount) || Number.isNaN(destination.amount)) return "Amounts are decimal strings.";
  const address = record(record(body).wallet).address;
  const method = record(body).paymentMethod;
  const type = record(method).type;
  const id = record(method).id;
  if (method !== undefined && (typeof type !== "string" || !PAYMENT_METHODS.has(type)))
    return "paymentMethod.type must be apple_pay, google_pay or card.";
  if (type === "card" && typeof id !== "string") return "paymentMethod.id is required for a card.";
  return {
    source: source.code,
    destination: destination.code,
    ...(source.amount === undefined ? {} : { sourceAmount: source.amount }),
    ...(destination.amount === undefined ? {} : { destinationAmount: destination.amount }),
    walletAddress: typeof address === "string" && address ? address : null,
    ...(typeof type === "string" ? { method: { type, ...(typeof id === "string" ? { id } : {}) } } : {}),
  };
}
