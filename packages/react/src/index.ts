export type { MoneyKitLinkSnapshot, MoneyKitLinkSuccess } from "./link-session.js";
export { type MoneyKitLinkOptions, type MoneyKitLinkState, useMoneyKitLink } from "./use-moneykit-link.js";
export { type MoonPayConnectionState, useMoonPayConnection } from "./use-moonpay-connection.js";
