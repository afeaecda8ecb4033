export type ApiAnswer<T, E> = { ok: true; body: T; status: number } | { ok: false; error: E; status: number };

/**
 * POSTs JSON to the frame host's own backend. A refusal is the body's
 * `error`; a network failure or an answer without one is `unreachable`.
 * Tokens travel in the body only; `no-referrer` keeps the page's URL (which
 * may hold MoonPay's tokens) out of the request, whatever the page's policy.
 */
export async function postJson<T, E>(path: string, body: unknown, unreachable: E): Promise<ApiAnswer<T, E>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "omit",
      referrerPolicy: "no-referrer",
    });
  } catch {
    return { ok: false, status: 0, error: unreachable };
  }
  const json = (await response.json().catch(() => ({}))) as { error?: E };
  if (json.error) return { ok: false, status: response.status, error: json.error };
  if (!response.ok) return { ok: false, status: response.status, error: unreachable };
  return { ok: true, status: response.status, body: json as T };
}
