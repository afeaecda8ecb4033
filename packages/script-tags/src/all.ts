// <script src="framelink.js">: both vendors in one file, one copy of the core:
// window.Framelink.moonpay.createClient(…) and `new MoneyKit(…)`.
import MoneyKit from "./moneykit.js";
import * as moonpay from "./moonpay.js";

export { MoneyKit, moonpay };
