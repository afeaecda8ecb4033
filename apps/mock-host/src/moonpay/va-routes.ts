import { type KeyObject, verify } from "node:crypto";
import { type Context, Hono } from "hono";
import { ON_RAMP_TRANSACTIONS, VIRTUAL_ACCOUNTS } from "./va-seed-data.js";

/** A partner registered for the Virtual Accounts API: its publishable key and the public key that checks its signatures. */
export interface VirtualAccountsPartner {
  readonly publishableKey: string;
  readonly publicKey: KeyObject;
}

export interface VirtualAccountsSettings {
  readonly partners: readonly VirtualAccountsPartner[];
  /** A request's timestamp may be this far from the server's clock, either way. */
  readonly timestampWindowMs: number;
  /** Requests per key per window; seed 002: 100 a minute. */
  readonly rateLimit: { readonly limit: number; readonly windowMs: number };
  readonly now?: () => number;
}

type Refusal = [status: 400 | 401 | 403 | 429, code: string, message: string];

/**
 * Seed 002's Virtual Accounts API, checked as the seed says: the signature
 * over the raw `{path}?{queryString}` against the partner's public key, the
 * timestamp inside a window, no signature twice (however it is base64-encoded),
 * 100 requests a minute per key.
 */
export function virtualAccountsRoutes(settings: VirtualAccountsSettings): Hono {
  const app = new Hono();
  const now = settings.now ?? Date.now;
  const seen = new Map<string, number>();
  const sent = new Map<string, number[]>();

  const authenticate = (c: Context): Refusal | { partner: VirtualAccountsPartner; query: URLSearchParams } => {
    const raw = new URL(c.req.url);
    const target = `${raw.pathname}${raw.search}`;
    const query = raw.searchParams;
    const apiKey = query.get("apiKey");
    const timestamp = query.get("timestamp");
    if (!apiKey) return [400, "INVALID_REQUEST", "Missing required parameter: apiKey"];
    if (!timestamp || !/^\d{10,16}$/.test(timestamp))
      return [400, "INVALID_REQUEST", "Missing or malformed required parameter: timestamp (milliseconds)"];
    const partner = settings.partners.find((candidate) => candidate.publishableKey === apiKey);
    if (!partner) return [403, "INVALID_API_KEY", "The provided API key is invalid or inactive"];
    const signature = Buffer.from(c.req.header("x-signature") ?? "", "base64");
    if (!safeVerify(target, signature, partner.publicKey))
      return [401, "INVALID_SIGNATURE", "Request signature verification failed"];
    const at = now();
    if (Math.abs(at - Number(timestamp)) > settings.timestampWindowMs)
      return [401, "INVALID_SIGNATURE", "Request timestamp is outside the accepted window"];
    for (const [key, expiry] of seen) if (expiry < at) seen.delete(key);
    // Keyed on the bytes, not the header: base64 decoding is lenient (padding
    // or not, base64url, spaces), so one signature has many spellings.
    const replayKey = signature.toString("base64");
    if (seen.has(replayKey)) return [401, "INVALID_SIGNATURE", "Request signature was already used"];
    seen.set(replayKey, at + 2 * settings.timestampWindowMs);
    const window = (sent.get(apiKey) ?? []).filter((time) => time > at - settings.rateLimit.windowMs);
    if (window.length >= settings.rateLimit.limit) {
      c.header("Retry-After", String(Math.max(1, Math.ceil((window[0]! + settings.rateLimit.windowMs - at) / 1000))));
      sent.set(apiKey, window);
      return [429, "RATE_LIMIT_EXCEEDED", "Rate limit exceeded. Please try again later."];
    }
    window.push(at);
    sent.set(apiKey, window);
    return { partner, query };
  };

  app.get("/v1/virtual-accounts", (c) => {
    const auth = authenticate(c);
    if (Array.isArray(auth)) return refuse(c, auth);
    const { query } = auth;
    const customerId = query.get("customerId");
    const walletAddress = query.get("walletAddress");
    const virtualAccountId = query.get("virtualAccountId");
    return c.json(
      VIRTUAL_ACCOUNTS.filter(
        (account) =>
          (!customerId || account.customerId === customerId) &&
          (!walletAddress || account.destination.wallet.walletAddress === walletAddress) &&
          (!virtualAccountId || account.id === virtualAccountId),
      ),
    );
  });

  app.get("/v1/virtual-accounts/transactions/onramp", (c) => {
    const auth = authenticate(c);
    if (Array.isArray(auth)) return refuse(c, auth);
    const { query } = auth;
    const virtualAccountId = query.get("virtualAccountId");
    const pageSize = Number(query.get("pageSize"));
    if (!virtualAccountId) return refuse(c, [400, "INVALID_REQUEST", "Missing required parameter: virtualAccountId"]);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
      return refuse(c, [400, "INVALID_REQUEST", "pageSize must be a whole number from 1 to 100"]);
    const cursor = query.get("cursor");
    const start = cursor ? decodeCursor(cursor) : 0;
    if (start === undefined) return refuse(c, [400, "INVALID_REQUEST", "The cursor is not valid"]);
    const all = ON_RAMP_TRANSACTIONS.filter((transaction) => transaction.virtualAccountId === virtualAccountId);
    const transactions = all
      .slice(start, start + pageSize)
      .map(({ virtualAccountId: _, ...transaction }) => transaction);
    const next = start + pageSize < all.length ? encodeCursor(start + pageSize) : null;
    return c.json({ nextCursor: next, transactions });
  });

  return app;
}

function safeVerify(payload: string, signature: Buffer, publicKey: KeyObject): boolean {
  try {
    return verify("sha256", Buffer.from(payload, "utf8"), publicKey, signature);
  } catch {
    return false;
  }
}

function refuse(c: Context, [status, code, message]: Refusal) {
  return c.json({ success: false, error: { code, message } }, status);
}

function encodeCursor(index: number): string {
  return Buffer.from(`i:${index}`).toString("base64url");
}

function decodeCursor(cursor: string): number | undefined {
  const match = /^i:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : undefined;
}
