// Replaces @framelink/frames' x25519-source in the script-tag builds.
import { loadScriptPart } from "./load-script-part.js";
import { PART_GLOBALS } from "./part-globals.js";

type X25519Fallback = typeof import("../../frames/src/x25519-fallback.js");

export const x25519Source = (): Promise<X25519Fallback> =>
  loadScriptPart<X25519Fallback>(__PARTS__.x25519, PART_GLOBALS.x25519);
