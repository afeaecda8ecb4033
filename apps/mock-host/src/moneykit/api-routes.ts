import { readHttpUrl } from "@framelink/protocol";
import { type Context, Hono } from "hono";
import { secretEquals } from "../secret-equals.js";
import { institution, publicInstitution } from "./institutions.js";
import { ACCESS_TOKEN_LIFETIME_S, type MoneyKitStore } from "./store.js";

export interface MoneyKitCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

const PRODUCTS = ["accounts", "account_numbers", "transactions", "identity"];

/**
 * MoneyKit's REST API as the merchant's server uses it: an OAuth2
 * client-credentials token from `POST /auth/token`, then Bearer calls.
 * Errors are `{ error_code, error_message, documentation_url }`.
 */
export function moneyKitApiRoutes(store: MoneyKitStore, credentials: MoneyKitCredentials): Hono {
  const app = new Hono();

  app.post("/auth/token", async (c) => {
    const form = await readForm(c);
    const basic = c.req.header("authorization")?.match(/^Basic (.+)$/)?.[1];
    const [basicId, basicSecret] = basic ? Buffer.from(basic, "base64").toString("utf8").split(":") : [];
    const clientId = form.client_id ?? basicId;
    const clientSecret = form.client_secret ?? basicSecret;
    if (form.grant_type !== "client_credentials")
      return apiError(c, 400, "api_error.invalid_request", "grant_type must be client_credentials.");
    // Both compared, whatever the first says, so that the time taken tells nothing either.
    const known = [secretEquals(clientId, credentials.clientId), secretEquals(clientSecret, credentials.clientSecret)];
    if (!known.every(Boolean)) {
      return apiError(c, 401, "api_error.auth.unauthorized", "The client id or secret is not valid.");
    }
    return c.json({
      access_token: store.issueAccessToken(),
      token_type: "bearer",
      expires_in: ACCESS_TOKEN_LIFETIME_S,
    });
  });

  app.use("/link-session/*", bearer(store));
  app.use("/link-session", bearer(store));
  app.use("/links/*", bearer(store));

  app.post("/link-session", async (c) => {
    const body = (await c.req.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    const customer = body?.customer_user as Record<string, unknown> | undefined;
    const settings = (body?.settings ?? {}) as Record<string, unknown>;
    const problems: string[] = [];
    if (typeof customer?.id !== "string" || customer.id.length === 0) problems.push("customer_user.id is required.");
    const redirectUri =
      body?.redirect_uri === undefined || body.redirect_uri === null ? null : readHttpUrl(body.redirect_uri);
    if (redirectUri === undefined)
      problems.push("redirect_uri must be an https URL (http only on localhost, *.localhost or a loopback address).");
    const existingLinkId = typeof body?.existing_link_id === "string" ? body.existing_link_id : null;
    if (existingLinkId && !store.links.has(existingLinkId)) problems.push("existing_link_id names no link.");
    const products = Array.isArray(settings.products) ? settings.products : ["accounts"];
    if (!products.every((product) => PRODUCTS.includes(product as string)))
      problems.push(`settings.products must be among ${PRODUCTS.join(", ")}.`);
    const countries = Array.isArray(settings.countries) ? settings.countries : ["US"];
    if (!countries.every((country) => country === "US")) problems.push("settings.countries supports US only.");
    if (problems.length > 0) return apiError(c, 400, "api_error.invalid_request", problems.join(" "));
    const existing = existingLinkId ? store.links.get(existingLinkId) : undefined;
    const { token, session } = store.createSession({
      customerUserId: customer!.id as string,
      redirectUri: redirectUri ?? null,
      existingLinkId,
      products: products as string[],
      ...(existing ? { institutionId: existing.institutionId } : {}),
    });
    return c.json({ link_session_token: token, link_session_id: session.id });
  });

  app.post("/link-session/exchange-token", async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { exchangeable_token?: unknown };
    const linkId =
      typeof body.exchangeable_token === "string" ? store.exchangeableTokens.get(body.exchangeable_token) : undefined;
    if (!linkId)
      return apiError(
        c,
        400,
        "api_error.invalid_request",
        "The exchangeable token is not valid or was already exchanged.",
      );
    store.exchangeableTokens.delete(body.exchangeable_token as string);
    return c.json({ link_id: linkId, link: describeLink(store, linkId) });
  });

  app.get("/links/:id/accounts", (c) => {
    const link = store.links.get(c.req.param("id"));
    if (!link) return apiError(c, 404, "api_error.not_found", "No such link.");
    if (link.state === "auth_expired") {
      return apiError(
        c,
        400,
        "auth_expired",
        "The link's authorization expired: relink it with a link session that sets existing_link_id.",
      );
    }
    const bank = institution(link.institutionId)!;
    const accounts = bank.accounts
      .filter((account) => link.accountIds.includes(account.id))
      .map((account) => ({
        account_id: account.id,
        account_type: account.type,
        name: account.name,
        account_mask: account.mask,
      }));
    return c.json({ accounts, link: describeLink(store, link.id) });
  });

  return app;
}

function describeLink(store: MoneyKitStore, linkId: string) {
  const link = store.links.get(linkId)!;
  const bank = institution(link.institutionId)!;
  return {
    link_id: link.id,
    institution_id: bank.id,
    institution_name: bank.name,
    state: link.state,
    provider: "mock",
    institution: publicInstitution(bank),
  };
}

/** Calls that need an access token from `POST /auth/token`. */
export function bearer(store: MoneyKitStore) {
  return async (c: Context, next: () => Promise<void>) => {
    const token = c.req.header("authorization")?.match(/^Bearer (.+)$/)?.[1];
    if (!token || !store.isAccessTokenValid(token)) {
      return apiError(
        c,
        401,
        "api_error.auth.expired_access_token",
        "A valid Bearer access token from POST /auth/token is required.",
      );
    }
    await next();
  };
}

async function readForm(c: Context): Promise<Record<string, string | undefined>> {
  const type = c.req.header("content-type") ?? "";
  if (type.includes("application/json"))
    return ((await c.req.json().catch(() => ({}))) ?? {}) as Record<string, string>;
  const form = await c.req.parseBody().catch(() => ({}));
  return Object.fromEntries(
    Object.entries(form).map(([key, value]) => [key, typeof value === "string" ? value : undefined]),
  );
}

export function apiError(c: Context, status: 400 | 401 | 404 | 409 | 500, code: string, message: string) {
  return c.json({ error_code: code, error_message: message, documentation_url: "https://docs.moneykit.com" }, status);
}
