import type { Envelope } from "./envelope.js";
import { parseEnvelope } from "./parse-envelope.js";
import { readNull } from "./read.js";

/** Every frame's answer to `start`: it has its tokens and is running. */
export type Started = Envelope<"started", null>;

export function parseStarted(value: unknown, channelId: string): Started | undefined {
  return parseEnvelope<Started>(value, channelId, { started: readNull });
}
