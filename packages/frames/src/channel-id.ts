import { nanoid } from "nanoid";

/** A fresh id for one frame's channel: not a secret, but never reused. */
export function newChannelId(): string {
  return `ch_${nanoid()}`;
}
