import { lazyPart } from "./lazy-part.js";
import { partSources } from "./part-sources.js";

/** The X25519 fallback, loaded the first time a browser turns out to need it. */
export const loadX25519 = lazyPart(partSources.x25519);
