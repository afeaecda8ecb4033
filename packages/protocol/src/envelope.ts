/**
 * The Framelink frames protocol version. It changes only when a message
 * changes incompatibly; both sides refuse a message of another version.
 */
export const PROTOCOL_VERSION = 1;

/**
 * Every message between a parent page and a frame has this shape, after
 * MoonPay's frames protocol: `meta.channelId` names the frame the message is
 * for, `kind` says what happened and `payload` depends on `kind`.
 */
export interface Envelope<K extends string, P> {
  readonly version: typeof PROTOCOL_VERSION;
  readonly meta: { readonly channelId: string };
  readonly kind: K;
  readonly payload: P;
}

export function envelope<K extends string, P>(channelId: string, kind: K, payload: P): Envelope<K, P> {
  return { version: PROTOCOL_VERSION, meta: { channelId }, kind, payload };
}
