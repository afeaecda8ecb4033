import { describe, expect, it } from "vitest";
import { readBytes, readSealedBox, toHex } from "./sealed-box.js";

const bytes = (length: number, seed = 1) => Uint8Array.from({ length }, (_, index) => (index * 7 + seed) % 256);
const base64 = (value: Uint8Array) => btoa(String.fromCharCode(...value));

describe("readSealedBox", () => {
  const key = bytes(32);
  const iv = bytes(12, 3);
  const ciphertext = bytes(40, 5);

  it("reads the documented JSON string of hex fields", () => {
    const box = readSealedBox(
      JSON.stringify({ ephemeralPublicKey: toHex(key), iv: toHex(iv), ciphertext: toHex(ciphertext) }),
    );
    expect(box).toEqual({ ephemeralPublicKey: key, iv, ciphertext });
  });

  it("tolerates an object, `nonce` for `iv`, and base64 or base64url fields", () => {
    const box = readSealedBox({
      ephemeralPublicKey: base64(key),
      nonce: base64(iv).replace(/=+$/, ""),
      ciphertext: base64(ciphertext).replace(/\+/g, "-").replace(/\//g, "_"),
    });
    expect(box).toEqual({ ephemeralPublicKey: key, iv, ciphertext });
  });

  it("tolerates the JSON string itself in base64", () => {
    const json = JSON.stringify({ ephemeralPublicKey: toHex(key), iv: toHex(iv), ciphertext: toHex(ciphertext) });
    expect(readSealedBox(btoa(json))).toEqual({ ephemeralPublicKey: key, iv, ciphertext });
  });

  it.each([
    ["a short key", { ephemeralPublicKey: toHex(bytes(31)), iv: toHex(iv), ciphertext: toHex(ciphertext) }],
    ["a short iv", { ephemeralPublicKey: toHex(key), iv: toHex(bytes(8)), ciphertext: toHex(ciphertext) }],
    [
      "a ciphertext no longer than its tag",
      { ephemeralPublicKey: toHex(key), iv: toHex(iv), ciphertext: toHex(bytes(16)) },
    ],
    [
      "a field that is neither hex nor base64",
      { ephemeralPublicKey: "zz!", iv: toHex(iv), ciphertext: toHex(ciphertext) },
    ],
    ["no ciphertext", { ephemeralPublicKey: toHex(key), iv: toHex(iv) }],
    ["a string that is not JSON", "box"],
  ])("refuses %s", (_, value) => {
    expect(readSealedBox(typeof value === "string" ? value : JSON.stringify(value))).toBeUndefined();
  });
});

describe("readBytes", () => {
  it("reads hex of either case before base64, and refuses odd lengths of base64", () => {
    expect(readBytes("00Ff")).toEqual(Uint8Array.of(0, 255));
    expect(readBytes("AQID")).toEqual(Uint8Array.of(1, 2, 3));
    expect(readBytes("A")).toBeUndefined();
    expect(readBytes("")).toBeUndefined();
  });
});
