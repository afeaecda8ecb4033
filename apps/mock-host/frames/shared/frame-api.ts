import type { FrameErrorPayload } from "@framelink/protocol";

export type ApiAnswer<T, E> = { ok: true; body: T; status: number } | { ok: false; error: E; status: number };

const MOONPAY_UNREACHABLE: FrameErrorPayload = { code: "generic", message: "The frame could not reach its host." };

/**
 * POSTs JSON to the frame host's own backend. A refusal is the body's
 * `error`; a network failure or an answer without one is `unreachable`.
 */
export async function postJson<T, E = FrameErrorPayload>(
  path: string,
  body: unknown,
  unreachable: E = MOONPAY_UNREACHABLE as E,
): Promise<ApiAnswer<T, E>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "omit",
    });
  } catch {
    return { ok: false, status: 0, error: unreachable };
  }
  const json = (await response.json().catch(() => ({}))) as { error?: E };
  if (json.error) return { ok: false, status: response.status, error: json.error };
  if (!response.ok) return { ok: false, status: response.status, error: unreachable };
  return { ok: true, status: response.status, body: json as T };
}
