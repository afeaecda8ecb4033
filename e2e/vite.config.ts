import { resolve } from "node:path";
import { defineConfig } from "vite";
import { MERCHANT_PORT } from "./origins.js";

const root = resolve(import.meta.dirname, "fixtures");

// The merchant fixture pages, built from the packages' dist (what ships) and
// served by `vite preview` on the merchant origin.
export default defineConfig({
  root,
  build: {
    outDir: resolve(import.meta.dirname, "dist"),
    emptyOutDir: true,
    target: "es2022",
    rolldownOptions: { input: { moonpay: resolve(root, "moonpay.html") } },
  },
  preview: { host: "localhost", port: MERCHANT_PORT, strictPort: true },
});
