// The three parties of every spec, each on its own origin. The merchant page
// and the frame host are different sites (localhost vs 127.0.0.1).

/** The merchant: the fixture pages. */
export const MERCHANT_PORT = 4701;
export const MERCHANT_ORIGIN = `http://localhost:${MERCHANT_PORT}`;

/** The vendors' frame host: the mock host. */
export const MOCK_HOST_PORT = 4800;
export const MOCK_HOST_ORIGIN = `http://127.0.0.1:${MOCK_HOST_PORT}`;

/** A port where nothing listens: a frame host that is down. */
export const DOWN_HOST_ORIGIN = "http://127.0.0.1:4899";

/** The demo merchant page (apps/demo), served by its own small server. */
export const DEMO_PORT = 4700;
export const DEMO_ORIGIN = `http://localhost:${DEMO_PORT}`;

/** The banks' listener of the mock host (a wrong origin for the frames). */
export const BANK_PORT = 4802;

/** A look-alike of the frame host: same host, a port whose digits start with the frame host's. */
export const LOOKALIKE_PORT = 48000;

/**
 * Where the hostile page (`/_mock/attacker`) runs, by how its origin relates
 * to the frame host's (`http://127.0.0.1:4800`). `*.localhost` names reach
 * the loopback in Chromium, so each is a real, distinct origin.
 */
export const ATTACKER_ORIGINS = {
  "a wrong origin": `http://bank.localhost:${BANK_PORT}`,
  "the frame host's origin, another window": MOCK_HOST_ORIGIN,
  "another port of the frame host's host": `http://127.0.0.1:${BANK_PORT}`,
  "another host name for the frame host": `http://localhost:${MOCK_HOST_PORT}`,
  "the frame host's origin with a suffix": `http://127.0.0.1.localhost:${MOCK_HOST_PORT}`,
  "the frame host's origin as a prefix (port 48000)": `http://127.0.0.1:${LOOKALIKE_PORT}`,
} as const;

/** The faults spec's own mock host (started with the server package's mock-host-process helper). */
export const PRIVATE_HOST_PORT = 4810;
export const PRIVATE_HOST_ORIGIN = `http://127.0.0.1:${PRIVATE_HOST_PORT}`;
