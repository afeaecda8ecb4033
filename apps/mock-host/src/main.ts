import { configFromEnv } from "./config.js";
import { startMockHost } from "./server.js";

const config = configFromEnv(process.env);
const host = await startMockHost(config);
// Said out loud: a host with test hooks hands out every secret it issued to whoever asks.
const hooks = config.testHooks ? "; test hooks on" : "";
process.stdout.write(`Framelink mock host listening on ${host.url} (banks on ${host.bankUrl}${hooks})\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void host.close().then(() => process.exit(0)));
}
