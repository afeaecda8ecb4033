/**
 * Where each part of this package that loads on first use comes from: a
 * chunk the merchant's bundler splits off. The script-tag build replaces this
 * module, and only this one, with one that loads each part as a file of its
 * own with SRI (packages/script-tags/src/parts.ts); the build fails if the
 * swap does not happen.
 *
 * The parts borrow nothing from the launcher: each gets the resolved options
 * and the callbacks as arguments and carries its own code.
 */
export const partSources = {
  /** Connect's frame, messages and overlay: prefetched by `new MoneyKit()`, long before `link()`. */
  run: () => import("./connect-run.js"),
  /** The redirect page's hand-over of the bank's URL to the tab running Connect: loaded by `continue()`. */
  oauth: () => import("./oauth-part.js"),
};
