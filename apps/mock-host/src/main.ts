import { configFromEnv } from "./config.js";
import { startMockHost } from "./server.js";

const host = await startMockHost(configFromEnv(process.env));
process.stdout.write(`Framelink mock host listening on ${host.url} (banks on ${host.bankUrl})\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void host.close().then(() => process.exit(0)));
}
