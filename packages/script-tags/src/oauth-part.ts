// framelink-moneykit-oauth.js: MoneyKit's OAuth window and hand-back, for the MoneyKit tags.
import * as oauth from "../../moneykit/src/oauth-part.js";
import { handOver, PART_GLOBALS } from "./part-globals.js";

handOver(PART_GLOBALS.oauth, oauth);
