#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { configFromEnv, type MockHostOptions, readPort } from "./config.js";
import type { CustomerScenario } from "./scenarios/customer-scenario.js";
import { startMockHost } from "./server.js";
import { startupLines } from "./startup-lines.js";

const USAGE = `Usage: framelink-mock-host [options]

  --port <n>               the frame host's port (PORT, default 4800; 0 picks one)
  --host <address>         the address to bind (HOST, default 127.0.0.1)
  --bank-port <n>          the banks' port (BANK_PORT, default 4802)
  --bank-host <name>       the banks' host name (BANK_HOST, default bank.localhost)
  --allowed-origins <list> merchant origins, comma-separated, a port may be * (ALLOWED_ORIGINS, default http://localhost:*)
  --test-hooks             serve /_mock/scenarios, /_mock/faults, /_mock/observed… (MOCK_TEST_HOOKS=1)
  --scenarios <file.json>  scenarios to set at start: { "<customer id>": { "moonpay": {…}, "moneykit": {…} } }
  --help                   this text

Every option is also an environment variable (in brackets); a flag wins.`;

function fail(message: string): never {
  process.stderr.write(`framelink-mock-host: ${message}\n`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        port: { type: "string" },
        host: { type: "string" },
        "bank-port": { type: "string" },
        "bank-host": { type: "string" },
        "allowed-origins": { type: "string" },
        "test-hooks": { type: "boolean" },
        scenarios: { type: "string" },
        help: { type: "boolean" },
      },
      strict: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
})();

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

function readScenarios(file: string): Record<string, CustomerScenario> {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return fail(`cannot read the scenarios in ${file}: ${(error as Error).message}`);
  }
}

/** The environment's options, then the flags' over them. */
function readOptions(): MockHostOptions {
  try {
    return {
      ...configFromEnv(process.env),
      ...(values.port === undefined ? {} : { port: readPort("--port", values.port) }),
      ...(values.host === undefined ? {} : { host: values.host }),
      ...(values["bank-port"] === undefined ? {} : { bankPort: readPort("--bank-port", values["bank-port"]) }),
      ...(values["bank-host"] === undefined ? {} : { bankHost: values["bank-host"] }),
      ...(values["allowed-origins"] === undefined ? {} : { allowedOrigins: values["allowed-origins"] }),
      ...(values["test-hooks"] ? { testHooks: true } : {}),
      ...(values.scenarios === undefined ? {} : { scenarios: readScenarios(values.scenarios) }),
    };
  } catch (error) {
    return fail((error as Error).message);
  }
}

// A port in use, an origin that is not one, a scenario it cannot read: one line, no stack.
const host = await startMockHost(readOptions()).catch((error: Error) => fail(error.message));
process.stdout.write(`${startupLines(host).join("\n")}\n`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // A second Ctrl+C does not wait for the listeners.
    if (stopping) process.exit(1);
    stopping = true;
    void host.stop().then(() => {
      process.stdout.write("Framelink mock host stopped.\n");
      process.exit(0);
    });
  });
}
