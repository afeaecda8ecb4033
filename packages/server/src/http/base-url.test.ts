import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createMoneyKitClient } from "../moneykit/moneykit-client.js";
import { createMoonPayClient } from "../moonpay/moonpay-client.js";
import { createVirtualAccountsClient } from "../moonpay/virtual-accounts-client.js";

// Finding 7: `baseUrl` decides where keys, secrets and signatures go, so it is
// parsed as a URL and refused, before any request, unless it is https (or
// http on a loopback host) with no credentials, query or fragment.

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

/** Every client of the package, made with this `baseUrl` (none: the default), and a `fetch` that records the URLs it is given. */
function clients(baseUrl?: string) {
  const urls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    urls.push(String(input));
    return Response.json({ sessionToken: "s", access_token: "t", expires_in: 3600, link_session_token: "lst_1" });
  };
  const transport = { fetch, ...(baseUrl === undefined ? {} : { baseUrl }) };
  return {
    urls,
    moonpay: createMoonPayClient({ ...transport, secretKey: "sk_test_1" }),
    virtualAccounts: createVirtualAccountsClient({ ...transport, publishableKey: "pk_test_1", privateKey }),
    moneykit: createMoneyKitClient({ ...transport, clientId: "id", clientSecret: "secret" }),
  };
}

describe("baseUrl", () => {
  it.each([
    ["http on a public host", "http://api.moonpay.com"],
    ["http on a private address", "http://10.0.0.1:4800"],
    ["http on a name that only starts like loopback", "http://127.0.0.1.example.com"],
    ["http on a name that only ends like localhost", "http://evil-localhost"],
    ["http on a *.localhost name, which Node resolves through the system", "http://mock.localhost:4800"],
    ["credentials", "https://user:hunter2@api.moonpay.com"],
    ["a user name", "https://user@api.moonpay.com"],
    ["a query", "https://api.moonpay.com?x=1"],
    ["an empty query", "https://proxy.example/moonpay?"],
    ["a fragment", "https://api.moonpay.com/#top"],
    ["another scheme", "ftp://api.moonpay.com"],
    ["a file URL", "file:///etc/passwd"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["not a URL", "api.moonpay.com"],
    ["an empty string", ""],
  ])("refuses %s with INVALID_BASE_URL, before any request, without echoing it", (_, baseUrl) => {
    const { urls, ...made } = clients(baseUrl);
    for (const created of Object.values(made)) {
      expect(created.error?.code).toBe("INVALID_BASE_URL");
      expect(created.error?.message).not.toContain("hunter2");
    }
    expect(urls).toEqual([]);
  });

  it.each([
    "https://api.moonpay.com",
    "http://127.0.0.1:4800",
    "http://127.8.9.10",
    "http://[::1]:4800",
    "http://localhost:4800",
    "http://LOCALHOST:4800",
  ])("accepts %s", (baseUrl) => {
    const { urls: _, ...made } = clients(baseUrl);
    for (const created of Object.values(made)) expect(created.error).toBeUndefined();
  });

  it("keeps a path prefix and normalises a trailing slash", async () => {
    const { urls, moonpay, virtualAccounts, moneykit } = clients("https://proxy.example/vendor/");
    await moonpay.value!.createSession({ externalCustomerId: "u", deviceIp: "127.0.0.1" });
    await virtualAccounts.value!.listVirtualAccounts();
    await moneykit.value!.createLinkSession({ customer_user: { id: "u" } });
    expect(urls[0]).toBe("https://proxy.example/vendor/platform/v1/sessions");
    expect(urls[1]).toMatch(/^https:\/\/proxy\.example\/vendor\/v1\/virtual-accounts\?apiKey=pk_test_1&timestamp=\d+$/);
    expect(urls.slice(2)).toEqual([
      "https://proxy.example/vendor/auth/token",
      "https://proxy.example/vendor/link-session",
    ]);
  });

  it("still defaults to the vendor's API", async () => {
    const { urls, moonpay } = clients();
    await moonpay.value!.createSession({ externalCustomerId: "u", deviceIp: "127.0.0.1" });
    expect(urls).toEqual(["https://api.moonpay.com/platform/v1/sessions"]);
  });
});
