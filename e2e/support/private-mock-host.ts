import { type ChildProcess, spawn } from "node:child_process";

/**
 * A mock host of a spec's own, in its own process and on its own ports, for
 * faults that must not touch the shared host other specs use at the same time.
 */
export interface PrivateMockHost {
  readonly origin: string;
  setFaults(plan: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
  stop(): void;
}

export async function startPrivateMockHost(port: number): Promise<PrivateMockHost> {
  const child: ChildProcess = spawn("pnpm", ["--silent", "--filter", "@framelink/mock-host", "start"], {
    env: { ...process.env, PORT: String(port), BANK_PORT: String(port + 2) },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the private mock host did not start within 20 s")), 20_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      if (/listening on/.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`the private mock host exited (${code})`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  const faults = (method: string, body?: unknown) =>
    fetch(`${origin}/_mock/faults`, { method, headers: { "Content-Type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) }).then(() => undefined);
  return {
    origin,
    setFaults: (plan) => faults("POST", plan),
    clearFaults: () => faults("DELETE"),
    stop: () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    },
  };
}
