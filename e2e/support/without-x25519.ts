import type { Page } from "@playwright/test";

/**
 * Makes the page's Web Crypto refuse X25519, as Safari before 17, Chrome
 * before 133 and Firefox before 130 do, before any script of the page runs.
 */
export async function withoutWebCryptoX25519(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const subtle = crypto.subtle;
    const generateKey = subtle.generateKey.bind(subtle);
    subtle.generateKey = ((algorithm: AlgorithmIdentifier, ...rest: unknown[]) =>
      (typeof algorithm === "object" && algorithm.name === "X25519") || algorithm === "X25519"
        ? Promise.reject(new DOMException("Unrecognized name.", "NotSupportedError"))
        : (generateKey as (...args: unknown[]) => Promise<CryptoKey | CryptoKeyPair>)(
            algorithm,
            ...rest,
          )) as typeof subtle.generateKey;
  });
}
