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
