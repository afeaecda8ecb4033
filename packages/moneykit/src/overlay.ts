/**
 * The full-viewport layer Connect sits in: a backdrop, announced as a modal
 * dialog. Styles go through the CSSOM so a strict page CSP allows them.
 * `remove()` takes it away and gives focus back to where it was.
 */
export interface Overlay {
  readonly element: HTMLDivElement;
  remove(): void;
}

export function createOverlay(container: Element): Overlay {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const element = document.createElement("div");
  element.setAttribute("role", "dialog");
  element.setAttribute("aria-modal", "true");
  element.setAttribute("aria-label", "MoneyKit Connect");
  element.style.cssText =
    "position:fixed;inset:0;z-index:2147483000;background:rgba(0,0,0,0.45);color-scheme:normal";
  container.appendChild(element);
  let removed = false;
  return {
    element,
    remove() {
      if (removed) return;
      removed = true;
      element.remove();
      if (previous?.isConnected) previous.focus();
    },
  };
}
