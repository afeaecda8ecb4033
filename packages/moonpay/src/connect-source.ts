/**
 * Where the connect flow comes from: a chunk of this package, split off by the
 * merchant's bundler. The script-tag build replaces this module with one that
 * loads a second script (see packages/script-tags).
 */
export const connectSource = (): Promise<typeof import("./connect-flow.js")> => import("./connect-flow.js");
