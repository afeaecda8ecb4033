/**
 * Where the Connect run comes from: a chunk of this package, split off by the
 * merchant's bundler. The script-tag build replaces this module with one that
 * loads a part file of its own (see packages/script-tags).
 */
export const runSource = (): Promise<typeof import("./connect-run.js")> => import("./connect-run.js");
