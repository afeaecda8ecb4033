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
 * `referrerpolicy="no-referrer"` (DESIGN.md, principle 2): Connect's request
 * tells MoneyKit nothing of the page (on the redirect page, the bank's code
 * in its URL), whatever the page's own policy; Connect learns the origin
 * from its `origin` parameter. The token in Connect's own URL is kept out
 * of its requests by Connect's own policy. Firefox names such a parent
 * `"null"` in `location.ancestorOrigins` (whatwg/html#11560).
 * Styles go through the CSSOM, so a strict page CSP allows them.
 */
export function createConnectFrame(url: string, inContainer: boolean): HTMLIFrameElement {
  const iframe = document.createElement("iframe");
  iframe.id = "moneykit-connect-frame";
  iframe.title = "MoneyKit Connect";
  iframe.setAttribute("sandbox", CONNECT_SANDBOX);
  iframe.referrerPolicy = "no-referrer";
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
