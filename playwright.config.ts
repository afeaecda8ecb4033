import { CHROMIUM_LAUNCH } from "@framelink/test";
import { defineConfig } from "@playwright/test";
import { DEMO_ORIGIN, LOOKALIKE_PORT, MERCHANT_ORIGIN, MOCK_HOST_ORIGIN, MOCK_HOST_PORT } from "./e2e/origins.js";

const ci = Boolean(process.env.CI);

// Debian's Chromium, not a downloaded build: the machines have no browser
// download. The flags keep it off the (closed) network.
export default defineConfig({
  testDir: "e2e",
  testMatch: "*.spec.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    browserName: "chromium",
    baseURL: MERCHANT_ORIGIN,
    trace: "retain-on-failure",
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    { name: "chromium", testIgnore: "after-run.spec.ts" },
    // What the whole run left behind: runs once every other spec is done.
    { name: "after-run", testMatch: "after-run.spec.ts", dependencies: ["chromium"] },
  ],
  webServer: [
    {
      command: "pnpm --filter @framelink/mock-host start",
      url: `${MOCK_HOST_ORIGIN}/health`,
      env: { PORT: String(MOCK_HOST_PORT), MOCK_LOOKALIKE_PORT: String(LOOKALIKE_PORT), MOCK_TEST_HOOKS: "1" },
      reuseExistingServer: !ci,
      stdout: "pipe",
    },
    {
      command: "pnpm --filter @framelink/e2e preview",
      url: `${MERCHANT_ORIGIN}/moonpay.html`,
      reuseExistingServer: !ci,
    },
    {
      command: "pnpm --filter @framelink/demo start",
      url: DEMO_ORIGIN,
      reuseExistingServer: !ci,
    },
  ],
});
