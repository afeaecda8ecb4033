import { join } from "node:path";
import { createMoneyKitClient, createMoonPayClient } from "@framelink/server";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";

// The merchant's server: it holds the secret keys and talks to the vendors
// through @framelink/server; the page never sees a key. The device IP is the
// address this server sees the page's request come from, as seed 000 asks.
const port = Number(process.env.PORT ?? 4700);
const mockHost = process.env.MOCK_HOST_URL ?? "http://127.0.0.1:4800";
const dist = join(import.meta.dirname, "../dist");

const moonpay = createMoonPayClient({ baseUrl: mockHost, secretKey: process.env.MOONPAY_SECRET_KEY ?? "sk_test_123" });
const moneykit = createMoneyKitClient({
  baseUrl: mockHost,
  clientId: process.env.MONEYKIT_CLIENT_ID ?? "mk_test_client",
  clientSecret: process.env.MONEYKIT_CLIENT_SECRET ?? "mk_test_secret",
});
if (!moonpay.ok) throw moonpay.error;
if (!moneykit.ok) throw moneykit.error;
const moonpayApi = moonpay.value;
const moneykitApi = moneykit.value;

const app = new Hono();
app.use("*", async (c, next) => {
  await next();
  c.header(
    "Content-Security-Policy",
    `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${mockHost}; connect-src 'self' ${mockHost}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  );
  c.header("Referrer-Policy", "strict-origin-when-cross-origin");
});

const failed = (error: { code: string; message: string; status?: number }) => ({
  error: { code: error.code, message: error.message },
});

app.post("/api/moonpay/session", async (c) => {
  const { externalCustomerId } = (await c.req.json().catch(() => ({}))) as { externalCustomerId?: string };
  const deviceIp = (getConnInfo(c).remote.address ?? "127.0.0.1").replace(/^::ffff:/, "");
  const session = await moonpayApi.createSession({ externalCustomerId: String(externalCustomerId ?? ""), deviceIp });
  return session.ok ? c.json(session.value, 201) : c.json(failed(session.error), 502);
});

app.post("/api/moneykit/link-session", async (c) => {
  const { userId, existingLinkId } = (await c.req.json().catch(() => ({}))) as {
    userId?: string;
    existingLinkId?: string;
  };
  const origin = new URL(c.req.url).origin;
  const session = await moneykitApi.createLinkSession({
    customer_user: { id: String(userId ?? "demo-user") },
    redirect_uri: `${origin}/bank-return.html`,
    ...(existingLinkId ? { existing_link_id: existingLinkId } : {}),
    settings: { products: ["accounts"], countries: ["US"] },
  });
  return session.ok ? c.json(session.value) : c.json(failed(session.error), 502);
});

app.post("/api/moneykit/exchange", async (c) => {
  const { exchangeableToken } = (await c.req.json().catch(() => ({}))) as { exchangeableToken?: string };
  const exchanged = await moneykitApi.exchangeToken(String(exchangeableToken ?? ""));
  return exchanged.ok ? c.json({ link_id: exchanged.value.link_id }) : c.json(failed(exchanged.error), 502);
});

app.get("/api/moneykit/links/:id/accounts", async (c) => {
  const accounts = await moneykitApi.getAccounts(c.req.param("id"));
  return accounts.ok
    ? c.json(accounts.value)
    : c.json(failed(accounts.error), accounts.error.code === "AUTH_EXPIRED" ? 409 : 502);
});

// Demo only: the mock host's switch that expires a link, to try relink.
app.post("/api/moneykit/links/:id/expire", async (c) => {
  const token = await fetch(`${mockHost}/auth/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: "mk_test_client",
      client_secret: "mk_test_secret",
    }),
  }).then((response) => response.json() as Promise<{ access_token: string }>);
  const expired = await fetch(`${mockHost}/_mock/moneykit/links/${encodeURIComponent(c.req.param("id"))}/expire`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token.access_token}` },
  });
  return c.json({ expired: expired.ok });
});

app.get("/config.json", (c) => c.json({ frameOrigin: mockHost }));
app.use("/*", serveStatic({ root: dist }));

serve({ fetch: app.fetch, port, hostname: "localhost" }, () => {
  process.stdout.write(`Framelink demo (merchant page) on http://localhost:${port}\n`);
});
