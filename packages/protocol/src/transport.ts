import { isPlainRecord, own, readString } from "./read.js";

// penpal 7's wire protocol, for frames that run penpal: `@framelink/frames`'
// generic channel (packages/frames/src/channel.ts) speaks it on the page's
// side. Neither vendor uses it: MoonPay's frames and MoneyKit Connect each
// speak their own protocol. These are the messages, read as untrusted data:
// own properties only, every field checked.

export const TRANSPORT_NAMESPACE = "penpal";

export type TransportMessage =
  | { readonly type: "SYN"; readonly participantId: string }
  | { readonly type: "ACK1" }
  | { readonly type: "ACK2" }
  | { readonly type: "CALL"; readonly id: string; readonly method: string; readonly args: readonly unknown[] }
  | { readonly type: "REPLY"; readonly callId: string; readonly isError: boolean; readonly value: unknown }
  | { readonly type: "DESTROY" };

/** Call ids are strings in penpal 7 (UUIDs); numbers are accepted for other clients. */
function readId(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  return readString(value);
}

/** penpal addresses methods by path; the channel calls and answers top-level methods only. */
function readMethod(value: unknown): string | undefined {
  return Array.isArray(value) && value.length === 1 ? readString(value[0]) : undefined;
}

/** The message, if `data` is a well-formed transport message on `channel`. */
export function readTransportMessage(data: unknown, channel: string): TransportMessage | undefined {
  if (!isPlainRecord(data) || own(data, "namespace") !== TRANSPORT_NAMESPACE || own(data, "channel") !== channel)
    return undefined;
  switch (own(data, "type")) {
    case "SYN": {
      const participantId = readString(own(data, "participantId"));
      return participantId === undefined ? undefined : { type: "SYN", participantId };
    }
    case "ACK1":
      return { type: "ACK1" };
    case "ACK2":
      return { type: "ACK2" };
    case "DESTROY":
      return { type: "DESTROY" };
    case "CALL": {
      const id = readId(own(data, "id"));
      const method = readMethod(own(data, "methodPath"));
      const args = own(data, "args");
      if (id === undefined || method === undefined || !Array.isArray(args)) return undefined;
      return { type: "CALL", id, method, args };
    }
    case "REPLY": {
      const callId = readId(own(data, "callId"));
      if (callId === undefined) return undefined;
      return { type: "REPLY", callId, isError: own(data, "isError") === true, value: own(data, "value") };
    }
    default:
      return undefined;
  }
}

/** How an error travels in a `REPLY` (penpal's serialised error, without the stack). */
export function serializedError(name: string, message: string, code?: string): Record<string, unknown> {
  return { name, message, ...(code ? { penpalCode: code } : {}) };
}
