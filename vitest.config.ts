import { defineConfig } from "vitest/config";

// Unit tests live beside the code they test. They import sibling packages
// through their built entries, as users do: run `pnpm build` first
// (`pnpm test` does).
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "scripts/*.test.ts"],
    environment: "node",
    reporters: ["default", "json"],
    outputFile: { json: "reports/unit.json" },
    testTimeout: 10_000,
    // Type tests of the public API; the package tsconfig includes them.
    typecheck: {
      enabled: true,
      include: ["packages/moonpay/src/**/*.test-d.ts"],
      tsconfig: "packages/moonpay/tsconfig.json",
    },
  },
});
