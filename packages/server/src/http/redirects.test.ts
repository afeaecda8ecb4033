import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMoneyKitClient } from "../moneykit/moneykit-client.js";
import { createMoonPayClient } from "../moonpay/moonpay-client.js";
import { createVirtualAccountsClient } from "../moonpay/virtual-accounts-client.js";
import { json, type LocalServer, startLocalServer } from "./local-server.test-helper.js";

// Finding 6: fetch follows redirects by default, and a 307/308 sends the same
// method, headers and body again: a MoneyKit client secret, a MoonPay secret
// key or a signed request would reach whatever host the redirect names. Every
// redirect is refused instead; nothing reaches the second server.

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
let target: LocalServer;
let redirecting: LocalServer;
let status = 307;

beforeAll(async () => {
  target = await startLocalServer((_, response) =>
    json(response, 200, { access_token: "t", expires_in: 3600, sessionToken: "s" }),
  );
  redirecting = await startLocalServer((request, response) =>
    response.writeHead(status, { Location: `${target.url}${request.target}` }).end(),
  );
});
afterAll(async () => {
  await Promise.all([target.close(), redirecting.close()]);
});
beforeEach(() => {
  (target.received as unknown[]).length = 0;
});

describe("a redirect is refused wherever secrets travel", () => {
  it("MoneyKit: a 307 from /auth/token does not carry the client secret to the redirect target", async () => {
    status = 307;
    const client = createMoneyKitClient({ baseUrl: redirecting.url, clientId: "mk_id", clientSecret: "mk_very_secret" })
      .value!;
    const answer = await client.createLinkSession({ customer_user: { id: "u" } });
    expect(target.received).toEqual([]);
    expect(answer.error).toMatchObject({ code: "REDIRECT_REFUSED", status: 307, attempts: 1 });
    expect(answer.error?.message).not.toContain("mk_very_secret");
  });

  it("MoonPay: a 308 from POST /platform/v1/sessions does not carry X-Api-Key to the redirect target", async () => {
    status = 308;
    const client = createMoonPayClient({ baseUrl: redirecting.url, secretKey: "sk_test_very_secret" }).value!;
    const answer = await client.createSession({ externalCustomerId: "u", deviceIp: "127.0.0.1" });
    expect(target.received).toEqual([]);
    expect(answer.error).toMatchObject({ code: "REDIRECT_REFUSED", status: 308, attempts: 1 });
  });

  it.each([301, 302, 303, 307, 308])(
    "Virtual Accounts: a %i does not carry the signed request to the redirect target",
    async (redirect) => {
      status = redirect;
      const client = createVirtualAccountsClient({
        baseUrl: redirecting.url,
        publishableKey: "pk_test_partner",
        privateKey,
      }).value!;
      const answer = await client.listVirtualAccounts();
      expect(target.received).toEqual([]);
      expect(answer.error).toMatchObject({ code: "REDIRECT_REFUSED", status: redirect, attempts: 1 });
    },
  );
});
