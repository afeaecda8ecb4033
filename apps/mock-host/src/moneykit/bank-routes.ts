import { Hono } from "hono";
import { institution } from "./institutions.js";
import type { MoneyKitStore } from "./store.js";

/**
 * The banks' own OAuth pages, on a third origin: neither the merchant's nor
 * the frame host's. “Approve” or “Deny”, then a redirect to the link
 * session's redirect_uri with `state` and `code` (or `error`).
 */
export function bankRoutes(store: MoneyKitStore): Hono {
  const app = new Hono();

  app.get("/oauth/authorize", (c) => {
    const state = c.req.query("state") ?? "";
    const flow = store.oauthFlow(state);
    const bank = flow ? institution(flow.institutionId) : undefined;
    if (!flow || !bank)
      return c.html(page("Unknown request", "<p>This sign-in link is not valid or has expired.</p>"), 400);
    if (bank.login === "oauthIsolated") c.header("Cross-Origin-Opener-Policy", "same-origin");
    c.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    c.header("Referrer-Policy", "no-referrer");
    const decide = (value: string, label: string) =>
      `<form method="post" action="/oauth/decide"><input type="hidden" name="state" value="${escapeHtml(state)}"><button name="decision" value="${value}">${label}</button></form>`;
    return c.html(
      page(
        `Sign in to ${bank.name}`,
        `<p>Allow this app to see your accounts at ${escapeHtml(bank.name)}?</p>${decide("approve", "Approve")}${decide("deny", "Deny")}`,
      ),
    );
  });

  app.post("/oauth/decide", async (c) => {
    const form = await c.req.parseBody();
    const flow = store.oauthFlow(form.state);
    const session = flow ? store.sessions.get(flow.sessionId) : undefined;
    if (!flow || !session?.redirectUri || flow.outcome !== "pending")
      return c.html(page("Unknown request", "<p>Nothing to decide.</p>"), 400);
    const target = new URL(session.redirectUri);
    target.searchParams.set("state", form.state as string);
    // A scenario's answer stands whichever button was pressed: the bank decides.
    const { oauth } = store.scenarios.moneykit(session.customerUserId);
    if ((oauth ?? form.decision) === "approve") {
      flow.outcome = "approved";
      target.searchParams.set("code", flow.code);
    } else {
      flow.outcome = "denied";
      target.searchParams.set("error", "access_denied");
    }
    c.header("Referrer-Policy", "no-referrer");
    return c.redirect(target.href, 303);
  });

  return app;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
