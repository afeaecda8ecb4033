/** Where the payments script leaves its calls for the MoonPay tag that loaded it, which takes them and removes the name. */
export const PAYMENTS_GLOBAL = "FramelinkMoonPayPayments";
