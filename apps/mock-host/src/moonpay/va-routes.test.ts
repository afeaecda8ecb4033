import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { virtualAccountsRoutes } from "./va-routes.js";

// Finding 14: the replay cache was keyed on the x-signature text, and base64
// decoding is lenient, so the same signature written another way (without
// padding, in base64url, with a space) was new to the cache and replayed
// within the window. The cache is keyed on the signature's bytes now.

const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const app = virtualAccountsRoutes({
  partners: [{ publishableKey: "pk_test_partner", publicKey }],
  timestampWindowMs: 5 * 60_000,
  rateLimit: { limit: 1000, windowMs: 60_000 },
});

let clock = Date.now();

/** A request target signed once, with a timestamp no other test uses, and its signature in canonical base64. */
function signedOnce() {
  clock += 1;
  const target = `/v1/virtual-accounts?apiKey=pk_test_partner&timestamp=${clock}`;
  return { target, signature: sign("sha256", Buffer.from(target), privateKey).toString("base64") };
}

function send(target: string, signature: string) {
  return app.request(target, { headers: { "x-signature": signature } });
}

const reEncodings: [string, (base64: string) => string][] = [
  ["without padding", (base64) => base64.replace(/=+$/, "")],
  ["in base64url", (base64) => base64.replace(/\+/g, "-").replace(/\//g, "_")],
  ["in base64url without padding", (base64) => Buffer.from(base64, "base64").toString("base64url")],
  ["with a space inside", (base64) => `${base64.slice(0, 100)} ${base64.slice(100)}`],
  ["with a trailing newline", (base64) => `${base64}\n`],
];

describe("Virtual Accounts replay cache", () => {
  it.each(reEncodings)("refuses a replay of an accepted signature written %s", async (_, reEncode) => {
    const { target, signature } = signedOnce();
    expect((await send(target, signature)).status).toBe(200);
    const replay = await send(target, reEncode(signature));
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({
      success: false,
      error: { code: "INVALID_SIGNATURE", message: "Request signature was already used" },
    });
  });

  it.each(reEncodings)("refuses the canonical signature after it was accepted written %s", async (_, reEncode) => {
    const { target, signature } = signedOnce();
    expect((await send(target, reEncode(signature))).status).toBe(200);
    expect((await send(target, signature)).status).toBe(401);
  });
});
