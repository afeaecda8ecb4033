// The cross-engine suite (issue 18): every flow in flows/, written once
// against driver.ts, run in Firefox ESR (puppeteer-core over WebDriver BiDi)
// and WebKitGTK (WebKitWebDriver), one fresh session per flow, on the same
// mock host and fixture pages as the Playwright specs. A plain script, not a
// test framework: it needs only a loop, a bound per flow and the JSON report
// scripts/test-summary.mjs totals (reports/engines.json: the engines'
// versions and one check per engine and flow).
// ENGINES=firefox,webkit and FLOW=<part of a name> narrow a run.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Engine } from "./driver.js";
import { launchFirefox } from "./firefox.js";
import type { Flow } from "./flow.js";
import { hostileFlows } from "./flows/hostile.js";
import { moneykitFlows } from "./flows/moneykit.js";
import { moonpayFlows } from "./flows/moonpay.js";
import { startServers } from "./servers.js";
import { launchWebKit } from "./webkit.js";

const FLOW_MS = 90_000;
const LAUNCHERS: Record<string, () => Promise<Engine>> = { firefox: launchFirefox, webkit: launchWebKit };
const wanted = (process.env.ENGINES ?? Object.keys(LAUNCHERS).join(",")).split(",");
const flows = [...moonpayFlows, ...moneykitFlows, ...hostileFlows].filter((flow) =>
  flow.name.includes(process.env.FLOW ?? ""),
);

interface Check {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

function bounded<T>(what: string, work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function runFlow(engine: Engine, flow: Flow): Promise<Check> {
  const name = `${engine.name}: ${flow.name}`;
  const started = Date.now();
  try {
    const session = await engine.newSession();
    try {
      await bounded(name, flow.run(session, engine.name), FLOW_MS);
    } finally {
      await session.close().catch(() => undefined);
    }
    return { name, ok: true, ms: Date.now() - started };
  } catch (error) {
    return { name, ok: false, ms: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
  }
}

const unknown = wanted.filter((name) => !(name in LAUNCHERS));
if (unknown.length > 0) throw new Error(`unknown engine ${unknown}; known: ${Object.keys(LAUNCHERS).join(", ")}`);

const began = Date.now();
const engines: { name: string; version: string }[] = [];
const checks: Check[] = [];
// Whatever fails or hangs, the servers and the engine started are stopped: no process outlives the suite.
const stopServers = await startServers();
try {
  for (const engineName of wanted) {
    const launching = LAUNCHERS[engineName]!();
    let engine: Engine;
    try {
      engine = await bounded(`launching ${engineName}`, launching, 60_000);
    } catch (error) {
      // An engine that comes up after its bound is quit as soon as it does.
      void launching.then((late) => late.quit()).catch(() => undefined);
      checks.push({ name: `${engineName}: the engine starts`, ok: false, ms: 0, error: String(error) });
      continue;
    }
    try {
      engines.push({ name: engine.name, version: engine.version });
      console.log(`${engine.name}: ${engine.version}`);
      for (const flow of flows) {
        const check = await runFlow(engine, flow);
        console.log(
          `${check.ok ? "ok  " : "FAIL"} ${check.name} (${check.ms} ms)${check.error ? `\n     ${check.error}` : ""}`,
        );
        checks.push(check);
      }
    } finally {
      await bounded(`quitting ${engineName}`, engine.quit(), 15_000).catch(() => undefined);
    }
  }
} finally {
  stopServers();
}

const reports = join(import.meta.dirname, "../../reports");
mkdirSync(reports, { recursive: true });
const wallMs = Date.now() - began;
writeFileSync(join(reports, "engines.json"), `${JSON.stringify({ engines, wallMs, checks }, null, 2)}\n`);
console.log(`cross-engine suite: ${checks.filter((check) => check.ok).length}/${checks.length} in ${wallMs} ms`);
process.exit(checks.length > 0 && checks.every((check) => check.ok) ? 0 : 1);
