import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AllowedOrigins } from "./allowed-origins.js";

/** Where `vite build` puts the frame pages. */
export const FRAMES_DIR = join(import.meta.dirname, "../dist/frames");

/** Vendor path → built page. */
const PAGES: Record<string, string> = {
  "/platform/v1/check-connection": "moonpay/check-connection.html",
  "/platform/v1/connect": "moonpay/connect.html",
  // MoneyKit Connect, at the paths @moneykit/connect 0.3.28 opens on its host.
  "/start": "moneykit/connect.html",
  "/relink": "moneykit/connect.html",
  "/continue": "moneykit/connect.html",
  "/platform/v1/apple-pay": "moonpay/apple-pay.html",
  "/platform/v1/google-pay": "moonpay/google-pay.html",
  "/platform/v1/buy": "moonpay/buy.html",
  "/platform/v1/buy-button": "moonpay/buy-button.html",
  "/platform/v1/widget": "moonpay/widget.html",
  "/platform/v1/challenge": "moonpay/challenge.html",
  "/platform/v1/reset": "moonpay/reset.html",
  "/bench/echo": "bench/echo.html",
};

/** The placeholder in each page's `<meta name="framelink-allowed-origins">`, filled per server. */
const ALLOWED_ORIGINS_PLACEHOLDER = "%ALLOWED_ORIGINS%";

/**
 * Serves the frames with the headers that make them safe to embed only where
 * allowed: `frame-ancestors` from the allowlist, a script policy with no
 * inline code, no caching, no referrer. MoonPay's frames take tokens in
 * their URL: `no-referrer` keeps the URL out of every request the page makes
 * (its scripts, styles and backend calls), and `no-store` keeps the page,
 * served for that URL, out of caches.
 */
export function framePages(allowed: AllowedOrigins): Hono {
  const app = new Hono();
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${allowed.sources.join(" ")}`,
  ].join("; ");
  const attribute = allowed.sources.join(",").replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  for (const [path, file] of Object.entries(PAGES)) {
    const html = readPage(file).replace(ALLOWED_ORIGINS_PLACEHOLDER, attribute);
    app.get(path, (c) => {
      c.header("Content-Security-Policy", csp);
      c.header("Referrer-Policy", "no-referrer");
      c.header("Cache-Control", "no-store");
      c.header("X-Content-Type-Options", "nosniff");
      return c.html(html);
    });
  }
  app.use("/static/*", serveStatic({ root: FRAMES_DIR, rewriteRequestPath: (path) => path.replace(/^\/static/, "") }));
  return app;
}

function readPage(file: string): string {
  try {
    return readFileSync(join(FRAMES_DIR, file), "utf8");
  } catch {
    throw new Error(`The frame page ${file} is not built: run "pnpm --filter @framelink/mock-host build" first.`);
  }
}
