import { type FrameErrorPayload, readFrameErrorPayload } from "@framelink/protocol";
import { type ApiAnswer, postJson } from "../shared/frame-api.js";

const UNREACHABLE: FrameErrorPayload = { code: "generic", message: "The frame could not reach MoonPay." };

/**
 * Calls the MoonPay frames' own backend (`/frame-api/moonpay/…`). A refusal
 * comes back as the `{ code, message }` the frame forwards in its `error`
 * event; anything else (an injected fault's body, a proxy's page) becomes
 * `generic`, so that the parent always gets an `error` it can read.
 */
export async function callMoonPay<T>(
  path: string,
  body: Record<string, unknown>,
): Promise<ApiAnswer<T, FrameErrorPayload>> {
  const answer = await postJson<T, unknown>(`/frame-api/moonpay/${path}`, body, UNREACHABLE);
  if (answer.ok) return answer;
  const error = readFrameErrorPayload(answer.error);
  return {
    ok: false,
    status: answer.status,
    error: error ? { code: error.code, message: error.message } : UNREACHABLE,
  };
}
