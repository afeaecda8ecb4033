// Replaces @framelink/moneykit's run-source in the script-tag builds.
import { loadScriptPart } from "./load-script-part.js";
import { PART_GLOBALS } from "./part-globals.js";

type ConnectRun = typeof import("../../moneykit/src/connect-run.js");

export const runSource = (): Promise<ConnectRun> => loadScriptPart<ConnectRun>(__PARTS__.run, PART_GLOBALS.run);
