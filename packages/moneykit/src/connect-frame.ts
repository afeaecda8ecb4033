/**
 * The permissions Connect needs, and no more: its own scripts, storage and
 * backend calls (`allow-scripts allow-same-origin`), its forms
 * (`allow-forms`), the bank's OAuth popup or tab, which must run unsandboxed
 * because it is the bank's site (`allow-popups
 * allow-popups-to-escape-sandbox`), and, in webviews where no window may be
 * opened, taking the top window to the bank, only from the user's click
 * (`allow-top-navigation-by-user-activation`). No `allow` features: Connect
 * uses no camera, payment or clipboard.
 */
export const CONNECT_SANDBOX =
  "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

/**
 * Connect's iframe, placed as 0.3.28 places it: filling the container
 * (absolute, 100%) or the viewport (fixed, 100vw × 100svh), above the page.
 * `referrerpolicy="origin"`: Connect learns the page's origin (as 0.3.28's
 * Connect does from a page with the default policy) and nothing of its path
 * (on the redirect page, the bank's code), whatever the page's own policy.
 * Not `no-referrer`, which makes Firefox name the parent `"null"` in
 * Connect's `location.ancestorOrigins` (whatwg/html#11560). The token in
 * Connect's URL is kept out of its requests by Connect's own policy.
 * Styles go through the CSSOM, so a strict page CSP allows them.
 */
export function createConnectFrame(url: string, inContainer: boolean): HTMLIFrameElement {
  const iframe = document.createElement("iframe");
  iframe.id = "moneykit-connect-frame";
  iframe.title = "MoneyKit Connect";
  iframe.setAttribute("sandbox", CONNECT_SANDBOX);
  iframe.referrerPolicy = "origin";
  const style = iframe.style;
  style.position = inContainer ? "absolute" : "fixed";
  style.top = "0";
  style.left = "0";
  style.width = inContainer ? "100%" : "100vw";
  style.height = inContainer ? "100%" : "100svh";
  style.zIndex = "999999";
  style.border = "none";
  iframe.src = url;
  return iframe;
}

/**
 * A preloaded Connect: laid out and loading, but not shown. `visibility:
 * hidden` takes no clicks and paints nothing; `inert` keeps the Tab key and
 * the accessibility tree out. The focus Connect takes itself is given back
 * by ./hidden-focus.ts.
 */
export function hideConnectFrame(iframe: HTMLIFrameElement): void {
  iframe.style.visibility = "hidden";
  iframe.inert = true;
}

export function showConnectFrame(iframe: HTMLIFrameElement): void {
  iframe.inert = false;
  iframe.style.visibility = "visible";
}
