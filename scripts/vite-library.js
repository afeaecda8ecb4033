// One library-mode build for every package, so that each ships the same shape:
// an unminified ESM entry (consumers minify), dependencies left external.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "vite";

/** @param {string} packageDir */
export function libraryConfig(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const external = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  return defineConfig({
    build: {
      target: "es2022",
      minify: false,
      sourcemap: true,
      emptyOutDir: true,
      lib: { entry: join(packageDir, "src/index.ts"), formats: ["es"], fileName: "index" },
      rolldownOptions: {
        external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      },
    },
  });
}
