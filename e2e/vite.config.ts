import { resolve } from "node:path";
import { defineConfig } from "vite";
import { ATTACKER_ORIGINS, DOWN_HOST_ORIGIN, MERCHANT_PORT, MOCK_HOST_ORIGIN, PRIVATE_HOST_ORIGIN } from "./origins.js";

const root = resolve(import.meta.dirname, "fixtures");

// The merchant fixture pages, built from the packages' dist (what ships) and
// served by `vite preview` on the merchant origin.
export default defineConfig({
  root,
  // React's development build, so that StrictMode really mounts, unmounts and
  // mounts again (the production build skips that). Only React reads it.
  define: { "process.env.NODE_ENV": JSON.stringify("development") },
  build: {
    outDir: resolve(import.meta.dirname, "dist"),
    emptyOutDir: true,
    target: "es2022",
    rolldownOptions: {
      input: {
        moonpay: resolve(root, "moonpay.html"),
        seed: resolve(root, "seed.html"),
        moneykit: resolve(root, "moneykit.html"),
        "moneykit-oauth": resolve(root, "moneykit-oauth.html"),
        "seed-moneykit": resolve(root, "seed-moneykit.html"),
        "seed-moneykit-oauth": resolve(root, "seed-moneykit-oauth.html"),
        bench: resolve(root, "bench.html"),
        react: resolve(root, "react.html"),
        // The React app's redirect_uri page (useMoneyKitLink's receivedRedirectUri).
        "react-oauth": resolve(root, "react-oauth.html"),
        hostile: resolve(root, "hostile.html"),
        // The manual MoonPay integration: MoonPay's protocol by hand, no Framelink package.
        "manual-moonpay": resolve(root, "manual-moonpay.html"),
      },
    },
  },
  preview: {
    host: "localhost",
    port: MERCHANT_PORT,
    strictPort: true,
    // The fixtures run under the strict policy a careful merchant sets: the
    // SDK must need no inline script or style and frame only the frame host.
    headers: {
      "Content-Security-Policy": `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${MOCK_HOST_ORIGIN} ${PRIVATE_HOST_ORIGIN} ${DOWN_HOST_ORIGIN} ${Object.values(ATTACKER_ORIGINS).join(" ")}; connect-src 'self' ${MOCK_HOST_ORIGIN}; base-uri 'none'`,
    },
  },
});
