import { ErrorCode } from "./error-codes.js";
import { FramelinkError } from "./framelink-error.js";
import { err, ok, type Result } from "./result.js";

export interface MountFrameOptions {
  /** Where the frame goes. Hidden frames go to `document.body` when omitted. */
  readonly container?: unknown;
  readonly url: URL;
  /** Read by screen readers; says what the frame is. */
  readonly title: string;
  /** A hidden frame has no size, no focus and is hidden from assistive technology. */
  readonly hidden: boolean;
  /** Permissions Policy features the frame needs, e.g. `["payment"]`. None by default. */
  readonly allow?: readonly string[];
  /** A fixed CSS height for a visible frame (e.g. `"44px"`); it fills its container by default. */
  readonly height?: string;
  /** Sandbox tokens beyond {@link BASE_SANDBOX}, e.g. `allow-popups` for a vendor page that opens its terms in a tab. */
  readonly sandbox?: readonly string[];
}

// Scripts, and the frame's own origin so that it can call its host and keep
// an exact origin for the channel; forms for its sign-in screens. Never top
// navigation or downloads; popups only where a caller asks for them.
export const BASE_SANDBOX = ["allow-scripts", "allow-same-origin", "allow-forms"] as const;

const HIDDEN_STYLE = "position:absolute;width:0;height:0;border:0;overflow:hidden;visibility:hidden";
const VISIBLE_STYLE = "display:block;width:100%;height:100%;border:0";

/** Checks that `container` is an element attached to a document. */
export function readContainer(container: unknown): Result<Element, FramelinkError> {
  if (typeof Element === "undefined" || !(container instanceof Element)) {
    return err(new FramelinkError(ErrorCode.InvalidContainer, "The container must be a DOM element."));
  }
  if (!container.isConnected) {
    return err(new FramelinkError(ErrorCode.InvalidContainer, "The container is not attached to the document."));
  }
  return ok(container);
}

/**
 * Creates an iframe for `url` and appends it to its container. The returned
 * `remove()` is idempotent. `referrerpolicy="no-referrer"` (DESIGN.md,
 * principle 2): the frame's request tells the vendor nothing of the page,
 * whatever the page's own policy. It does not reach a token in the frame's
 * own URL; the frame page's `Referrer-Policy` keeps that out of its
 * requests. Firefox then names the parent `"null"` in the frame's
 * `location.ancestorOrigins` (whatwg/html#11560): a frame must not rely on
 * that list, which some browsers do not have at all.
 */
export function mountFrame(
  options: MountFrameOptions,
): Result<{ iframe: HTMLIFrameElement; remove(): void }, FramelinkError> {
  if (typeof document === "undefined") {
    return err(new FramelinkError(ErrorCode.NoDocument, "Frames can only be mounted in a browser document."));
  }
  // A hidden frame goes to the body, or to the root element while a script in `<head>` runs before there is a body.
  const target =
    options.hidden && options.container === undefined
      ? ok(document.body ?? document.documentElement)
      : readContainer(options.container);
  if (!target.ok) return target;
  const iframe = document.createElement("iframe");
  iframe.title = options.title;
  iframe.setAttribute("sandbox", [...BASE_SANDBOX, ...(options.sandbox ?? [])].join(" "));
  iframe.setAttribute("allow", (options.allow ?? []).map((feature) => `${feature} 'src'`).join("; "));
  iframe.referrerPolicy = "no-referrer";
  // Through the CSSOM, not the style attribute: a page whose CSP forbids
  // inline styles still accepts this.
  iframe.style.cssText = options.hidden ? HIDDEN_STYLE : VISIBLE_STYLE;
  if (!options.hidden && options.height) iframe.style.height = options.height;
  if (options.hidden) {
    iframe.setAttribute("aria-hidden", "true");
    iframe.tabIndex = -1;
  }
  iframe.src = options.url.href;
  target.value.appendChild(iframe);
  return ok({ iframe, remove: () => iframe.remove() });
}
