import { generateKeyPairSync, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildQueryString, signedRequest, signPayload } from "./signed-request.js";

const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

describe("Virtual Accounts request signing (seed 002)", () => {
  it("signs the seed's example payload so that the public key verifies it", () => {
    const payload = "/v1/virtual-accounts/transactions/onramp?apiKey=pk_test_xxx&timestamp=1234567890";
    const signature = signPayload(payload, privateKey);
    expect(signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(verify("sha256", Buffer.from(payload), publicKey, Buffer.from(signature, "base64"))).toBe(true);
    expect(verify("sha256", Buffer.from(`${payload}&pageSize=50`), publicKey, Buffer.from(signature, "base64"))).toBe(
      false,
    );
  });

  it("builds the seed's query string, in order, leaving out empty filters", () => {
    expect(
      buildQueryString([
        ["apiKey", "pk_test_xxx"],
        ["timestamp", 1234567890],
        ["customerId", undefined],
        ["virtualAccountId", "va_1"],
        ["cursor", ""],
      ]),
    ).toBe("apiKey=pk_test_xxx&timestamp=1234567890&virtualAccountId=va_1");
  });

  it("escapes as RFC 3986 asks, !'()* included, which encodeURIComponent leaves and the URL parser would change", () => {
    expect(buildQueryString([["q", "!'()*~-._ é"]])).toBe("q=%21%27%28%29%2A~-._%20%C3%A9");
  });

  it("signs the very bytes it sends, escapes included", () => {
    const request = signedRequest(
      "http://127.0.0.1:1",
      "/v1/virtual-accounts",
      "pk_test_x",
      [["customerId", "a b&c=d"]],
      privateKey,
      1700000000000,
    );
    const sent = request.url.slice("http://127.0.0.1:1".length);
    expect(sent).toBe("/v1/virtual-accounts?apiKey=pk_test_x&timestamp=1700000000000&customerId=a%20b%26c%3Dd");
    expect(verify("sha256", Buffer.from(sent), publicKey, Buffer.from(request.headers["x-signature"], "base64"))).toBe(
      true,
    );
  });
});
