import { type ChildProcess, spawn } from "node:child_process";
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The mock host in its own process, as an integrator runs it, with a Virtual
 * Accounts partner whose key pair is made now. The tests talk to it over
 * HTTP only, as to the real API.
 */
export interface MockHostProcess {
  readonly url: string;
  readonly publishableKey: string;
  readonly privateKey: KeyObject;
  setFaults(plan: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
  stop(): void;
}

export async function startMockHostProcess(env: Record<string, string> = {}): Promise<MockHostProcess> {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const dir = mkdtempSync(join(tmpdir(), "framelink-va-"));
  const publicKeyFile = join(dir, "partner-public.pem");
  writeFileSync(publicKeyFile, publicKey.export({ type: "spki", format: "pem" }));
  const publishableKey = "pk_test_partner";
  const child: ChildProcess = spawn("pnpm", ["--silent", "--filter", "@framelink/mock-host", "start"], {
    env: {
      ...process.env,
      PORT: "0",
      BANK_PORT: "0",
      MOCK_TEST_HOOKS: "1",
      MOCK_VA_PUBLISHABLE_KEY: publishableKey,
      MOCK_VA_PUBLIC_KEY_FILE: publicKeyFile,
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the mock host did not start within 20 s")), 20_000);
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once("exit", (code) => reject(new Error(`the mock host exited (${code})`)));
  });
  const faults = (method: string, body?: unknown) =>
    fetch(`${url}/_mock/faults`, {
      method,
      headers: { "Content-Type": "application/json" },
      ...(body ? { body: JSON.stringify(body) } : {}),
    }).then(() => undefined);
  return {
    url,
    publishableKey,
    privateKey,
    setFaults: (plan) => faults("POST", plan),
    clearFaults: () => faults("DELETE"),
    stop: () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    },
  };
}
