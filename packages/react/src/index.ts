export { type MoneyKitLinkState, useMoneyKitLink } from "./use-moneykit-link.js";
export { type MoonPayConnectionState, useMoonPayConnection } from "./use-moonpay-connection.js";
