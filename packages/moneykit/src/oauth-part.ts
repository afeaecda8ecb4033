// The redirect page's half of MoneyKit, loaded on first use (./parts.ts):
// only `continue()` needs it.
export { handOver } from "./resume-handover.js";
