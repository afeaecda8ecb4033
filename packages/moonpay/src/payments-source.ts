/**
 * Where the payment calls come from: a chunk of this package, split off by the
 * merchant's bundler. The script-tag build replaces this module with one that
 * loads a second script (see packages/script-tags).
 */
export const paymentsSource = (): Promise<typeof import("./payments.js")> => import("./payments.js");
