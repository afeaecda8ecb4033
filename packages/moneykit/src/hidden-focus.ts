/**
 * Keeps the page's focus while Connect loads hidden. Connect focuses its
 * first control on each screen, and the browser lets a cross-origin frame
 * take focus that way even when its iframe is `inert` and `visibility:
 * hidden` (Chromium does), so a person typing on the page would type into
 * nowhere. When focus goes into the hidden frame (the page's window blurs,
 * with the iframe as its active element), it goes back where it was: the
 * element that last lost it, or the page itself. The frame may also take
 * focus while the window has none (the person is in the address bar or
 * another tab): then no blur comes, so the check runs again when the window
 * gets focus back or the tab is shown. Returns `stop()`.
 */
export function keepFocusOut(iframe: HTMLIFrameElement): () => void {
  let last: HTMLElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onFocusOut = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement && event.target !== iframe) last = event.target;
  };
  const giveBack = () => {
    if (document.activeElement !== iframe) return;
    if (last?.isConnected) last.focus({ preventScroll: true });
    else iframe.blur();
  };
  // One task later: inside the blur, the browser is still moving focus into the frame and would undo it.
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(giveBack, 0);
  };
  document.addEventListener("focusout", onFocusOut, true);
  document.addEventListener("visibilitychange", later);
  window.addEventListener("blur", later);
  window.addEventListener("focus", later);
  return () => {
    clearTimeout(timer);
    document.removeEventListener("focusout", onFocusOut, true);
    document.removeEventListener("visibilitychange", later);
    window.removeEventListener("blur", later);
    window.removeEventListener("focus", later);
  };
}
