import { type Envelope, PROTOCOL_VERSION } from "./envelope.js";
import { isPlainRecord, own, type Reader } from "./read.js";

/**
 * Parses one envelope of the given kinds for the given channel, reading its
 * payload with the reader of its kind. Anything else, including a message for
 * another channel or version, gives `undefined`.
 */
export function parseEnvelope<M extends Envelope<string, unknown>>(
  value: unknown,
  channelId: string,
  payloadReaders: { readonly [K in M["kind"]]: Reader<Extract<M, { kind: K }>["payload"]> },
): M | undefined {
  if (!isPlainRecord(value) || own(value, "version") !== PROTOCOL_VERSION) return undefined;
  const meta = own(value, "meta");
  if (!isPlainRecord(meta) || own(meta, "channelId") !== channelId) return undefined;
  const kind = own(value, "kind");
  if (typeof kind !== "string" || !Object.hasOwn(payloadReaders, kind)) return undefined;
  const readPayload = (payloadReaders as Record<string, Reader<unknown>>)[kind];
  const payload = readPayload?.(own(value, "payload"));
  if (payload === undefined) return undefined;
  return { version: PROTOCOL_VERSION, meta: { channelId }, kind, payload } as M;
}
