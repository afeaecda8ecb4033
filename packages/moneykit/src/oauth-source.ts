/**
 * Where the OAuth half comes from: a chunk of this package, split off by the
 * merchant's bundler. The script-tag build replaces this module with one that
 * loads a second script (see packages/script-tags).
 */
export const oauthSource = (): Promise<typeof import("./oauth-part.js")> => import("./oauth-part.js");
