// Replaces @framelink/moneykit's oauth-source in the script-tag builds.
import { loadScriptPart } from "./load-script-part.js";
import { PART_GLOBALS } from "./part-globals.js";

type OAuthPart = typeof import("../../moneykit/src/oauth-part.js");

export const oauthSource = (): Promise<OAuthPart> => loadScriptPart<OAuthPart>(__PARTS__.oauth, PART_GLOBALS.oauth);
