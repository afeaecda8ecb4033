/**
 * The link session token, kept for the one case that needs it: a webview
 * takes the top window to the bank, and `continue()` on the redirect page
 * relaunches Connect, which must name the link session again. 0.3.28 keeps it
 * in `localStorage` forever; here it lives in `sessionStorage` (this tab
 * only), is removed when the link ends (success, exit, close) and is ignored
 * after {@link TOKEN_LIFETIME_MS}, MoneyKit's link session lifetime.
 */
const KEY = "framelink.moneykit.linkSessionToken";
export const TOKEN_LIFETIME_MS = 30 * 60 * 1000;

export function keepToken(token: string): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ token, until: Date.now() + TOKEN_LIFETIME_MS }));
  } catch {
    // Storage disabled: only the webview round trip is lost, and Connect says so.
  }
}

export function keptToken(): string | null {
  try {
    const kept = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as { token?: unknown; until?: unknown } | null;
    if (kept && typeof kept.token === "string" && typeof kept.until === "number" && kept.until > Date.now())
      return kept.token;
    forgetToken();
  } catch {
    // As above.
  }
  return null;
}

export function forgetToken(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // As above.
  }
}
