import type { FrameErrorPayload } from "@framelink/protocol";

export type ApiAnswer<T> = { ok: true; body: T; status: number } | { ok: false; error: FrameErrorPayload; status: number };

/** POSTs JSON to the frame host's own backend; a network failure is a `generic` error. */
export async function postJson<T>(path: string, body: unknown): Promise<ApiAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "omit",
    });
  } catch {
    return { ok: false, status: 0, error: { code: "generic", message: "The frame could not reach its host." } };
  }
  const json = (await response.json().catch(() => ({}))) as { error?: FrameErrorPayload };
  if (json.error) return { ok: false, status: response.status, error: json.error };
  if (!response.ok) return { ok: false, status: response.status, error: { code: "generic", message: `The host answered ${response.status}.` } };
  return { ok: true, status: response.status, body: json as T };
}
