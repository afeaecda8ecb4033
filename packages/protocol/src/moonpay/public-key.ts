import type { Reader } from "../read.js";

/** An X25519 public key as 64 lowercase hex digits (32 raw bytes), as MoonPay's frames take it. */
export const readPublicKey: Reader<string> = (value) =>
  typeof value === "string" && /^[0-9a-f]{64}$/.test(value) ? value : undefined;
