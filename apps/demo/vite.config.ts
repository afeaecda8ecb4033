import { resolve } from "node:path";
import { defineConfig } from "vite";

export default defineConfig({
  root: resolve(import.meta.dirname, "src"),
  build: {
    outDir: resolve(import.meta.dirname, "dist"),
    emptyOutDir: true,
    target: "es2022",
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, "src/index.html"),
        "bank-return": resolve(import.meta.dirname, "src/bank-return.html"),
      },
    },
  },
});
