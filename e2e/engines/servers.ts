import { spawn } from "node:child_process";
import { LOOKALIKE_PORT, MERCHANT_ORIGIN, MOCK_HOST_ORIGIN, MOCK_HOST_PORT } from "../origins.js";
import { until } from "./scope.js";

// The mock host and the fixture pages, started as playwright.config.ts starts
// them (test hooks on, the look-alike listener), or reused when already up.
// The cross-engine suite and the benchmarks share them (the benchmarks
// without test hooks, which record every request).
const servers = (testHooks: boolean) => [
  {
    url: `${MOCK_HOST_ORIGIN}/health`,
    args: ["--filter", "@framelink/mock-host", "start"],
    env: {
      PORT: String(MOCK_HOST_PORT),
      ...(testHooks ? { MOCK_LOOKALIKE_PORT: String(LOOKALIKE_PORT), MOCK_TEST_HOOKS: "1" } : {}),
    },
  },
  { url: `${MERCHANT_ORIGIN}/moonpay.html`, args: ["--filter", "@framelink/e2e", "preview"], env: {} },
];

// Each probe is bounded: a port that accepts and never answers must not hang the suite.
const up = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (response) => response.ok,
    () => false,
  );

/** Starts what is not running; returns how to stop what it started. */
export async function startServers({ testHooks = true } = {}): Promise<() => void> {
  const started: number[] = [];
  const stop = () => {
    for (const pid of started) {
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  };
  try {
    for (const server of servers(testHooks)) {
      if (await up(server.url)) continue;
      const child = spawn("pnpm", ["--silent", ...server.args], {
        env: { ...process.env, ...server.env },
        stdio: "ignore",
        detached: true,
      });
      if (child.pid) started.push(child.pid);
      await until(`${server.url} to answer`, () => up(server.url), 30_000);
    }
  } catch (error) {
    // One server did not come up: the others started here stop too.
    stop();
    throw error;
  }
  return stop;
}
