// Readers for untrusted data that arrived over postMessage. They look only at
// an object's own properties, so an inherited or `__proto__` key can never
// stand in for a field, and they never write into what they read.

import { isSecureUrl } from "./secure-url.js";

export type Reader<T> = (value: unknown) => T | undefined;

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Strings above this length are refused: no field of the protocol needs more. */
export const MAX_STRING_LENGTH = 8192;

export function readString(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_STRING_LENGTH ? value : undefined;
}

export function readOneOf<const T extends string>(choices: readonly T[]): Reader<T> {
  return (value) =>
    typeof value === "string" && (choices as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function readArray<T>(read: Reader<T>, maxLength = 64): Reader<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length > maxLength) return undefined;
    const items: T[] = [];
    for (const item of value) {
      const parsed = read(item);
      if (parsed === undefined) return undefined;
      items.push(parsed);
    }
    return items;
  };
}

/**
 * The items of a list that read, skipping those that do not (an API's list
 * with one item of a shape it added later is still the rest of the list);
 * `undefined` only for what is not an array, or is longer than `maxLength`.
 */
export function readEach<T>(read: Reader<T>, maxLength = 1000): Reader<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length > maxLength) return undefined;
    const items: T[] = [];
    for (const item of value) {
      const parsed = read(item);
      if (parsed !== undefined) items.push(parsed);
    }
    return items;
  };
}

/** An absolute URL that is `https:`, or `http:` on a loopback host ({@link isSecureUrl}), as a string. */
export const readHttpUrl: Reader<string> = (value) => {
  const text = readString(value);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return isSecureUrl(url) ? url.href : undefined;
  } catch {
    return undefined;
  }
};
