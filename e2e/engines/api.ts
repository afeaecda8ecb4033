import { MOCK_HOST_ORIGIN } from "../origins.js";
import { CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, SECRET_KEY } from "../support/test-accounts.js";

// What a merchant's server does before a browser flow, over plain HTTP: the
// same requests as support/moonpay.ts and support/moneykit.ts make through
// Playwright's request context.

async function post(path: string, init: RequestInit, status: number): Promise<Record<string, unknown>> {
  const response = await fetch(`${MOCK_HOST_ORIGIN}${path}`, { method: "POST", ...init });
  if (response.status !== status) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

const json = (authorization: string, body: unknown): RequestInit => ({
  headers: { "Content-Type": "application/json", Authorization: authorization },
  body: JSON.stringify(body),
});

/** A MoonPay session for `externalCustomerId`; returns its single-use token. */
export async function sessionToken(externalCustomerId: string): Promise<string> {
  const created = await post(
    "/platform/v1/session",
    json(`Api-Key ${SECRET_KEY}`, { externalCustomerId, deviceIp: "127.0.0.1" }),
    201,
  );
  return created.sessionToken as string;
}

async function bearer(): Promise<string> {
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
  });
  return `Bearer ${(await post("/auth/token", { body }, 200)).access_token as string}`;
}

/** A MoneyKit link session whose OAuth banks come back to `redirectUri`; returns its token. */
export async function linkSessionToken(redirectUri = REDIRECT_URI): Promise<string> {
  const created = await post(
    "/link-session",
    json(await bearer(), {
      customer_user: { id: `user-${Date.now()}-${Math.random().toString(36).slice(2, 8)}` },
      redirect_uri: redirectUri,
      settings: { products: ["accounts"], countries: ["US"] },
    }),
    200,
  );
  return created.link_session_token as string;
}

/** Exchanges a link's exchangeable token as the merchant's server does; returns the link id. */
export async function exchange(exchangeableToken: string): Promise<string> {
  const body = { exchangeable_token: exchangeableToken };
  return (await post("/link-session/exchange-token", json(await bearer(), body), 200)).link_id as string;
}

/** The secrets the mock host issued so far (tokens, keys, codes): what must never be at rest in a browser. */
export async function issuedSecrets(): Promise<{ secrets: string[]; oauthCodes: string[] }> {
  return (await (await fetch(`${MOCK_HOST_ORIGIN}/_mock/observed`)).json()) as {
    secrets: string[];
    oauthCodes: string[];
  };
}
