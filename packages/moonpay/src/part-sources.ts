/**
 * Where each part of this package that loads on first use comes from: a
 * chunk the merchant's bundler splits off. The script-tag build replaces this
 * module, and only this one, with one that loads each part as a file of its
 * own with SRI (packages/script-tags/src/parts.ts); the build fails if the
 * swap does not happen.
 *
 * What the parts borrow rather than carry, decided here: the client lends
 * them its frame machinery (`frameTools`: `openFrameConversation`,
 * `readContainer`) and, to the payment calls, its context (options, a getter
 * of its credentials, its lifetime signal). Each part carries the rest.
 */
export const partSources = {
  /** `connect()`'s flow: starts loading when a client is created, while the check frame loads. */
  connect: () => import("./connect-flow.js"),
  /** The payment calls: load once the client holds authenticated credentials, or on the first call. */
  payments: () => import("./payments.js"),
};
