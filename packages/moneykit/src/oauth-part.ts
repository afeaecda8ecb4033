// The redirect page's half of MoneyKit, loaded on first use (./load-oauth.ts):
// only `continue()` needs it.
export { handOver } from "./resume-handover.js";
