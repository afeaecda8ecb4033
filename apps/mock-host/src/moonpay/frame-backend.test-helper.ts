import {
  createDecipheriv,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
} from "node:crypto";
import { createApp, createStores } from "../app.js";
import { configFromEnv, resolveConfig } from "../config.js";

/**
 * What a frame page's `fetch` to its own backend carries: the browser marks
 * it same-origin. The app answers `app.request` as `http://localhost`.
 */
export const FROM_FRAME_PAGE = { "Sec-Fetch-Site": "same-origin", Origin: "http://localhost" };

/** A mock host app on a clock the test moves, and calls to it as if from a frame page on a device at `ip`. */
export function frameBackend() {
  const clock = { now: Date.UTC(2026, 10, 25) };
  const stores = createStores(() => clock.now);
  const app = createApp(
    resolveConfig({ ...configFromEnv({}), port: 0, bankPort: 0 }),
    stores,
    () => "http://bank.localhost:4802",
  );
  const device = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });

  const post = async (path: string, body: unknown, ip = "127.0.0.1", headers: Record<string, string> = {}) => {
    const response = await app.request(
      path,
      {
        method: "POST",
        headers: { "Content-Type": "application/json", ...FROM_FRAME_PAGE, ...headers },
        body: JSON.stringify(body),
      },
      device(ip),
    );
    // biome-ignore lint/suspicious/noExplicitAny: the specs read the answers' fields directly; a wrong one fails the assertion.
    return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, any> };
  };
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(path, { headers }, device("127.0.0.1"));

  return {
    clock,
    stores,
    post,
    get,
    /** A session token from the merchant's server, for this customer on this machine. */
    session: async (externalCustomerId: string): Promise<string> =>
      (
        await post("/platform/v1/session", { externalCustomerId, deviceIp: "127.0.0.1" }, "127.0.0.1", {
          Authorization: "Api-Key sk_test_123",
        })
      ).body.sessionToken,
  };
}

/** A client key pair as the SDK makes one: the private key, and the raw public key in hex. */
export function clientKeys(): { privateKey: KeyObject; publicKeyHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync("x25519");
  return { privateKey, publicKeyHex: Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url").toString("hex") };
}

/**
 * MoonPay's documented opening of a sealed box, written independently of the
 * mock's `seal`: X25519 with the ephemeral key, HKDF-SHA256 (empty salt and
 * info), AES-256-GCM with the tag at the end of the ciphertext.
 */
export function openBox(privateKey: KeyObject, box: string): Record<string, string> {
  const { ephemeralPublicKey, iv, ciphertext } = JSON.parse(box) as Record<string, string>;
  const ephemeral = createPublicKey({
    key: { kty: "OKP", crv: "X25519", x: Buffer.from(ephemeralPublicKey!, "hex").toString("base64url") },
    format: "jwk",
  });
  const shared = diffieHellman({ privateKey, publicKey: ephemeral });
  const key = Buffer.from(hkdfSync("sha256", shared, Buffer.alloc(0), Buffer.alloc(0), 32));
  const bytes = Buffer.from(ciphertext!, "hex");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv!, "hex"));
  decipher.setAuthTag(bytes.subarray(-16));
  return JSON.parse(
    Buffer.concat([decipher.update(bytes.subarray(0, -16)), decipher.final()]).toString("utf8"),
  ) as Record<string, string>;
}
