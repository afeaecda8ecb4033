// Replaces @framelink/moonpay's connect-source in the script-tag builds.
import { loadScriptPart } from "./load-script-part.js";
import { PART_GLOBALS } from "./part-globals.js";

type ConnectFlow = typeof import("../../moonpay/src/connect-flow.js");

export const connectSource = (): Promise<ConnectFlow> =>
  loadScriptPart<ConnectFlow>(__PARTS__.connect, PART_GLOBALS.connect);
