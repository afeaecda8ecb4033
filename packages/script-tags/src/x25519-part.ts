// framelink-x25519.js: X25519 from @noble/curves, for browsers whose Web Crypto lacks it.
import * as x25519 from "../../frames/src/x25519-fallback.js";
import { handOver, PART_GLOBALS } from "./part-globals.js";

handOver(PART_GLOBALS.x25519, x25519);
