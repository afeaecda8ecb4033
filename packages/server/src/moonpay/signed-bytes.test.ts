import { generateKeyPairSync, type KeyObject, verify } from "node:crypto";
import { type MockHostProcess, startMockHostProcess } from "@framelink/test";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, type LocalServer, startLocalServer } from "../http/local-server.test-helper.js";
import { createVirtualAccountsClient } from "./virtual-accounts-client.js";

// Finding 8: the query was escaped with encodeURIComponent, which leaves
// '()*! as they are, and the URL parser under fetch then escapes ' as %27:
// the signature covered other bytes than the request line carried. Here the
// request line is read raw, as a node:http server receives it, and checked
// against the signature; then the same over arbitrary values at the mock host.

const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const SPECIAL = [..."'()*!%&=+#?/ ~;:@$,[]\\\"<>^`{|}"];
/** Any code point, with the characters URL encoders disagree on made frequent. */
const queryValue = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...SPECIAL),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
  ),
  maxLength: 24,
});

let server: LocalServer;
let host: MockHostProcess;
beforeAll(async () => {
  server = await startLocalServer((_, response) => json(response, 200, []));
  host = await startMockHostProcess({ MOCK_VA_RATE_LIMIT: "100000" });
}, 30_000);
afterAll(async () => {
  host.stop();
  await server.close();
});
beforeEach(() => {
  (server.received as unknown[]).length = 0;
});

function client(baseUrl: string, key: KeyObject = privateKey) {
  return createVirtualAccountsClient({
    baseUrl,
    publishableKey: "pk_test_partner",
    privateKey: key,
    retry: { attempts: 1 },
  }).value!;
}

/** Whether `signature` (base64) verifies over exactly the bytes of `target`, a raw request target (node:http reads it as latin1). */
function verifiesOver(target: string, signature: unknown): boolean {
  return (
    typeof signature === "string" &&
    verify("sha256", Buffer.from(target, "latin1"), publicKey, Buffer.from(signature, "base64"))
  );
}

describe("the signed bytes are the bytes on the wire", () => {
  it("the raw request line carries exactly the signed payload, for '()*! too", async () => {
    const answer = await client(server.url).listVirtualAccounts({
      customerId: "'()*!",
      walletAddress: "a b+c&d=e/f?g#h%i~j",
    });
    expect(answer.ok).toBe(true);
    const [request] = server.received;
    expect(request!.target).toMatch(/^\/v1\/virtual-accounts\?apiKey=pk_test_partner&timestamp=\d+&customerId=/);
    expect(verifiesOver(request!.target, request!.headers["x-signature"])).toBe(true);
  });

  it("behind a proxy's path prefix, the signature covers the API's own target, which the proxy forwards", async () => {
    await client(`${server.url}/proxy/moonpay/`).listVirtualAccounts({ customerId: "(o'k)" });
    const [request] = server.received;
    expect(request!.target.startsWith("/proxy/moonpay/v1/virtual-accounts?")).toBe(true);
    expect(verifiesOver(request!.target.slice("/proxy/moonpay".length), request!.headers["x-signature"])).toBe(true);
  });

  it("for any query values, the raw request line verifies (200 runs)", async () => {
    const sender = client(server.url);
    await fc.assert(
      fc.asyncProperty(queryValue, queryValue, async (customerId, walletAddress) => {
        (server.received as unknown[]).length = 0;
        expect((await sender.listVirtualAccounts({ customerId, walletAddress })).ok).toBe(true);
        const [request] = server.received;
        expect(verifiesOver(request!.target, request!.headers["x-signature"])).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("for any query values, the mock host verifies the signature (200 runs)", async () => {
    const sender = client(host.url, host.privateKey);
    await fc.assert(
      fc.asyncProperty(queryValue, queryValue, async (customerId, walletAddress) => {
        const answer = await sender.listVirtualAccounts({ customerId, walletAddress });
        expect(answer.error?.code).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("refuses a value that is not well-formed Unicode (a lone surrogate has no UTF-8 bytes to sign), sending nothing", async () => {
    const answer = await client(server.url).listVirtualAccounts({ customerId: "a\uD800b" });
    expect(answer.error?.code).toBe("INVALID_ARGUMENT");
    expect(server.received).toEqual([]);
  });
});
