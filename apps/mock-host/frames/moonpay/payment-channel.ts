import { envelope, type PaymentErrorPayload } from "@framelink/protocol";
import type { RemoteProxy } from "penpal";
import { postJson } from "../shared/frame-api.js";

/** What every payment frame shares: sending events to its parent, and calling its backend. */
export function paymentParent(parent: Promise<RemoteProxy<{ emit(event: unknown): void }>>, channelId: string) {
  return {
    emit(kind: string, payload: unknown): void {
      void parent.then((remote) => remote.emit(envelope(channelId, kind, payload))).catch(() => undefined);
    },
  };
}

const UNREACHABLE: PaymentErrorPayload = { code: "generic", message: "The frame could not reach MoonPay." };

export function paymentApi<T>(path: string, body: Record<string, unknown>) {
  return postJson<T, PaymentErrorPayload>(`/frame-api/moonpay/${path}`, body, UNREACHABLE);
}
