import { join } from "node:path";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";

// The merchant's server: it holds the secret key and creates sessions for
// the page; the page never sees the key. The device IP is the address this
// server sees the page's request come from, as seed 000 asks.
const port = Number(process.env.PORT ?? 4700);
const mockHost = process.env.MOCK_HOST_URL ?? "http://127.0.0.1:4800";
const secretKey = process.env.MOONPAY_SECRET_KEY ?? "sk_test_123";
const dist = join(import.meta.dirname, "../dist");

const app = new Hono();
app.use("*", async (c, next) => {
  await next();
  c.header(
    "Content-Security-Policy",
    `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${mockHost}; connect-src 'self' ${mockHost}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  );
  c.header("Referrer-Policy", "strict-origin-when-cross-origin");
});

app.post("/api/moonpay/session", async (c) => {
  const { externalCustomerId } = (await c.req.json().catch(() => ({}))) as { externalCustomerId?: unknown };
  const deviceIp = getConnInfo(c).remote.address ?? "127.0.0.1";
  const response = await fetch(`${mockHost}/platform/v1/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Api-Key ${secretKey}` },
    body: JSON.stringify({ externalCustomerId, deviceIp: deviceIp.replace(/^::ffff:/, "") }),
  });
  return c.json(await response.json(), response.status as 201);
});

app.get("/config.json", (c) => c.json({ frameOrigin: mockHost }));
app.use("/*", serveStatic({ root: dist }));

serve({ fetch: app.fetch, port, hostname: "localhost" }, () => {
  process.stdout.write(`Framelink demo (merchant page) on http://localhost:${port}\n`);
});
