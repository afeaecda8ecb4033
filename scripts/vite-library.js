// One library-mode build for every package, so that each ships the same shape:
// an unminified ESM entry (consumers minify), dependencies left external, one
// file per source module, so that a merchant's bundler can leave what only a
// lazily loaded part uses (e.g. the platform API's readers) in that part's chunk.
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
        output: { preserveModules: true, preserveModulesRoot: join(packageDir, "src"), entryFileNames: "[name].js" },
      },
    },
  });
}
