import { isPlainRecord, own, type Reader, readArray, readString } from "../read.js";
import type { Asset, AssetAmount, Fees, Wallet } from "./platform-api-types.js";

// The values the platform API's answers are made of, read alike wherever
// they appear: decimals, assets and amounts, fees, wallets, and the `{ data }`
// every answer wraps its content in.

export const optional = <T>(value: T | undefined, key: string) => (value === undefined ? {} : { [key]: value });

export const readDecimal: Reader<string> = (value) =>
  typeof value === "number" && Number.isFinite(value)
    ? String(value)
    : typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)
      ? value
      : undefined;

export const readBoolean: Reader<boolean> = (value) => (typeof value === "boolean" ? value : undefined);

export const readInteger: Reader<number> = (value) =>
  typeof value === "number" && Number.isInteger(value) ? value : undefined;

export const readStrings = readArray(readString, 256);

export const readAsset: Reader<Asset> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const code = readString(own(value, "code"));
  if (!code) return undefined;
  return {
    code,
    ...optional(readString(own(value, "name")), "name"),
    ...optional(readInteger(own(value, "precision")), "precision"),
  };
};

export const readAssetAmount: Reader<AssetAmount> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const asset = readAsset(own(value, "asset")) ?? readAsset({ code: own(value, "currencyCode") });
  if (!asset) return undefined;
  return { ...optional(readDecimal(own(value, "amount")), "amount"), asset };
};

export const readFees: Reader<Fees> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const fees: Record<string, AssetAmount> = {};
  for (const key of ["network", "moonpay", "partner", "ecosystem"]) {
    const fee = readAssetAmount(own(value, key));
    if (fee) fees[key] = fee;
  }
  return fees;
};

export const readWallet: Reader<Wallet> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const address = readString(own(value, "address"));
  return address ? { address, ...optional(readString(own(value, "tag")), "tag") } : undefined;
};

/** The `data` of an answer, or `undefined` when the body is not `{ data }`. */
export function readData(body: unknown): unknown {
  return isPlainRecord(body) && Object.hasOwn(body, "data") ? own(body, "data") : undefined;
}
