// framelink-moneykit-connect.js: MoneyKit Connect's frame, channel and overlay, for the MoneyKit tags.
import * as run from "../../moneykit/src/connect-run.js";
import { handOver, PART_GLOBALS } from "./part-globals.js";

handOver(PART_GLOBALS.run, run);
