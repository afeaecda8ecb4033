import { lazyPart } from "./lazy-part.js";
import { x25519Source } from "./x25519-source.js";

/** The X25519 fallback, loaded the first time a browser turns out to need it. */
export const loadX25519 = lazyPart(x25519Source);
