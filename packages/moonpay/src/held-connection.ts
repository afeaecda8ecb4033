import type { Connection } from "./connection.js";
import type { HeldCredentials, ReadConnection } from "./read-connection.js";

/** What a client knows of its customer's connection. */
export interface Held {
  readonly connection?: Connection | undefined;
  readonly credentials?: HeldCredentials | undefined;
}

/**
 * What the client holds after a check or connect answered `read`.
 * Credentials never downgrade: once the client holds authenticated
 * credentials, an answer without them (anonymous credentials, or a later
 * connect the customer declined) changes nothing, so that no frame answer,
 * late or stale, can take the customer's access from the page or swap in
 * a token that is not theirs.
 */
export function nextHeld(held: Held, read: ReadConnection): Held {
  if (held.credentials?.authenticated && !read.credentials?.authenticated) return held;
  return { connection: read.connection, credentials: read.credentials ?? held.credentials };
}
