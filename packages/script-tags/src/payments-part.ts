// framelink-moonpay-payments.js: the MoonPay payment calls, for the MoonPay tags.
import * as payments from "../../moonpay/src/payments.js";
import { handOver, PART_GLOBALS } from "./part-globals.js";

handOver(PART_GLOBALS.payments, payments);
