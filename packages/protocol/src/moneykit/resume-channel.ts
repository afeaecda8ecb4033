import { isPlainRecord, own, readString } from "../read.js";

// Framelink's addition to Connect's protocol, between two tabs of the
// merchant's own origin: when the bank's page severed `window.opener`
// (Cross-Origin-Opener-Policy), the redirect page cannot post `link.resume`
// to Connect, so it offers it on this BroadcastChannel; the tab that runs
// Connect forwards it to its frame (as `link.resume`) and answers
// `link.resume_taken` with the same URL, and the redirect page closes.
// Connect itself decides whether the URL belongs to its link (the OAuth
// `state` and code are bound to its link session), so a forged offer can
// at most be refused.

/** The channel's name (same-origin pages only, by the browser's rules). */
export const RESUME_CHANNEL = "framelink.moneykit.resume";

export function resumeTakenMessage(redirectURL: string): Record<string, unknown> {
  return { moneykit: true, type: "link.resume_taken", eventData: { redirectURL } };
}

/** Reads a `link.resume_taken`; its URL, or `undefined`. */
export function readResumeTaken(value: unknown): string | undefined {
  if (!isPlainRecord(value) || own(value, "moneykit") !== true || own(value, "type") !== "link.resume_taken")
    return undefined;
  const eventData = own(value, "eventData");
  return isPlainRecord(eventData) ? readString(own(eventData, "redirectURL")) : undefined;
}
