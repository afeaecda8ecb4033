// framelink-moonpay-connect.js: MoonPay's connect flow, for the MoonPay tags.
import * as connect from "../../moonpay/src/connect-flow.js";
import { handOver, PART_GLOBALS } from "./part-globals.js";

handOver(PART_GLOBALS.connect, connect);
