import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The bin as an integrator runs it (`npx framelink-mock-host`): here from
// source, in a process of its own, stopped by signals.
const CLI = join(import.meta.dirname, "cli.ts");

function run(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, output: () => output, exited };
}

async function started(process: ReturnType<typeof run>): Promise<string> {
  for (let waited = 0; waited < 15_000; waited += 50) {
    const url = /listening on (http:\/\/\S+)/.exec(process.output())?.[1];
    if (url) return url;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the host did not start: ${process.output()}`);
}

describe("framelink-mock-host", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "prints its URLs and test keys, serves, and stops cleanly on %s",
    async (signal) => {
      const host = run(["--port", "0", "--bank-port", "0", "--allowed-origins", "http://localhost:3000"]);
      const url = await started(host);
      expect(host.output()).toContain("merchant origins allowed:  http://localhost:3000");
      expect(host.output()).toContain("secret sk_test_123, publishable pk_test_123");
      expect(host.output()).toContain("mk_test_client / mk_test_secret");
      expect(host.output()).toMatch(/banks' OAuth pages: +http:\/\/bank\.localhost:\d+/);
      expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true });
      host.child.kill(signal);
      expect(await host.exited).toBe(0);
      expect(host.output()).toContain("Framelink mock host stopped.");
      await expect(fetch(`${url}/health`)).rejects.toThrow();
    },
    20_000,
  );

  it("prints the default test keys only: a key set by the environment stays out of the logs", async () => {
    const host = run(["--port", "0", "--bank-port", "0"], {
      MOCK_MOONPAY_SECRET_KEY: "sk_test_from_the_vault",
      MOCK_MONEYKIT_CLIENT_SECRET: "mk_secret_from_the_vault",
    });
    try {
      await started(host);
      expect(host.output()).not.toContain("from_the_vault");
      expect(host.output()).toContain("secret (set by MOCK_MOONPAY_SECRET_KEY), publishable pk_test_123");
      expect(host.output()).toContain("mk_test_client / (set by MOCK_MONEYKIT_CLIENT_SECRET)");
    } finally {
      host.child.kill("SIGTERM");
      await host.exited;
    }
  }, 20_000);

  it("sets the scenarios of a file at start, and takes more over HTTP with --test-hooks", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mock-host-cli-")), "scenarios.json");
    writeFileSync(file, JSON.stringify({ ann: { moonpay: { connect: "pending" } } }));
    const host = run(["--port", "0", "--bank-port", "0", "--test-hooks", "--scenarios", file]);
    const url = await started(host);
    try {
      const put = await fetch(`${url}/_mock/scenarios/bob`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ moneykit: { oauth: "deny" } }),
      });
      expect(put.status).toBe(200);
      expect(await (await fetch(`${url}/_mock/scenarios`)).json()).toEqual({
        scenarios: { ann: { moonpay: { connect: "pending" } }, bob: { moneykit: { oauth: "deny" } } },
      });
    } finally {
      host.child.kill("SIGTERM");
      await host.exited;
    }
  }, 20_000);

  it.each([
    [["--bogus"], "Unknown option '--bogus'"],
    [["--port", "http"], "--port must be a port number"],
    [["--allowed-origins", "localhost"], "is not an origin"],
  ])(
    "refuses %j in one line, exit code 2",
    async (args, message) => {
      const host = run(args);
      expect(await host.exited).toBe(2);
      expect(host.output()).toContain(`framelink-mock-host: `);
      expect(host.output()).toContain(message);
      expect(host.output()).not.toMatch(/\n\s+at /);
    },
    20_000,
  );
});
