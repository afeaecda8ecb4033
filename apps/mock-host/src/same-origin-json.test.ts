import { describe, expect, it } from "vitest";
import { createApp, createStores } from "./app.js";
import { configFromEnv, resolveConfig } from "./config.js";

// Finding 10: the frames' backends are called by the frame pages only, with
// fetch from the frame host's own origin. A page elsewhere must not reach
// them: not with a "simple" text/plain POST (no preflight), not at all.
const app = createApp(
  resolveConfig({ ...configFromEnv({}), port: 0, bankPort: 0 }),
  createStores(),
  () => "http://bank.localhost:4802",
);
const OWN_ORIGIN = "http://localhost"; // the origin `app.request` answers as

const MOONPAY = [
  "check",
  "connect/start",
  "connect/verify",
  "connect/complete",
  "quote/check",
  "quote/execute",
  "transaction",
  "challenge/check",
  "challenge/decide",
  "reset",
];
const MONEYKIT = ["start", "consent", "select", "login", "mfa", "oauth/start", "oauth/return", "finish"];
const ROUTES = [
  ...MONEYKIT.map((path) => `/frame-api/moneykit/${path}`),
  ...MOONPAY.map((path) => `/frame-api/moonpay/${path}`),
];

function send(path: string, headers: Record<string, string>) {
  return app.request(
    path,
    { method: "POST", headers, body: JSON.stringify({ linkSessionToken: "lst_x", clientToken: "ct_x" }) },
    { incoming: { socket: { remoteAddress: "127.0.0.1" } } },
  );
}

/** The refusal's code, in the vendor's shape (MoonPay `{ error: { code } }`, MoneyKit `{ error: { error_id } }`). */
async function refusal(response: Response): Promise<{ status: number; code: unknown }> {
  const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; error_id?: string } };
  return { status: response.status, code: body.error?.code ?? body.error?.error_id };
}

const expected = (path: string, status: 403 | 415) => ({
  status,
  code: path.startsWith("/frame-api/moonpay/")
    ? status === 403
      ? "crossSiteRequest"
      : "unsupportedMediaType"
    : status === 403
      ? "cross_site_request"
      : "unsupported_media_type",
});

const JSON_TYPE = { "Content-Type": "application/json" };

describe("the frame backends take same-origin JSON only", () => {
  it.each([
    ["a cross-site fetch", { ...JSON_TYPE, "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" }],
    [
      "a same-site page on another origin",
      { ...JSON_TYPE, "Sec-Fetch-Site": "same-site", Origin: "http://bank.localhost" },
    ],
    ["another origin, without Sec-Fetch-Site (an older browser)", { ...JSON_TYPE, Origin: "http://127.0.0.1:4800" }],
    ["an opaque origin (a sandboxed frame)", { ...JSON_TYPE, Origin: "null" }],
    [
      "Sec-Fetch-Site same-origin that its Origin contradicts",
      { ...JSON_TYPE, "Sec-Fetch-Site": "same-origin", Origin: "https://evil.example" },
    ],
    ["a client that names no origin at all", { ...JSON_TYPE }],
  ])("refuse %s: 403", async (_, headers) => {
    for (const path of ROUTES) expect(await refusal(await send(path, headers)), path).toEqual(expected(path, 403));
  });

  it.each([
    ["text/plain (a form or no-cors fetch: no preflight)", "text/plain"],
    ["a form", "application/x-www-form-urlencoded"],
    ["no content type", undefined],
  ])("refuse %s, even from their own origin: 415", async (_, type) => {
    const headers = { "Sec-Fetch-Site": "same-origin", Origin: OWN_ORIGIN, ...(type ? { "Content-Type": type } : {}) };
    for (const path of ROUTES) expect(await refusal(await send(path, headers)), path).toEqual(expected(path, 415));
  });

  it.each([
    ["a frame page's fetch", { ...JSON_TYPE, "Sec-Fetch-Site": "same-origin", Origin: OWN_ORIGIN }],
    ["a browser without Sec-Fetch-Site", { ...JSON_TYPE, Origin: OWN_ORIGIN }],
    ["a browser that sends no Origin", { ...JSON_TYPE, "Sec-Fetch-Site": "same-origin" }],
    [
      "JSON with a charset",
      { "Content-Type": "application/json; charset=utf-8", "Sec-Fetch-Site": "same-origin", Origin: OWN_ORIGIN },
    ],
  ])("let %s through to the route", async (_, headers) => {
    for (const path of ROUTES) expect([403, 415], path).not.toContain((await send(path, headers)).status);
  });
});
