import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { keepFocusOut } from "./hidden-focus.js";

// The rule over a fake page (the unit environment has no DOM; Chromium
// proves the blur path in e2e/moneykit-preload.spec.ts): when the hidden
// frame holds the page's focus, focus goes back to what had it, whichever
// way the page finds out.
class FakeElement extends EventTarget {
  readonly isConnected = true;
  focus = vi.fn(() => {
    page.activeElement = this;
  });
  blur = vi.fn(() => {
    page.activeElement = null;
  });
}
const page = Object.assign(new EventTarget(), { activeElement: null as FakeElement | null });
const windowEvents = new EventTarget();

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("HTMLElement", FakeElement);
  vi.stubGlobal("document", page);
  vi.stubGlobal("window", windowEvents);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The page had `button` focused; then the hidden frame took focus, with or without the window noticing. */
function frameTookFocus(iframe: FakeElement, button: FakeElement): void {
  const focusOut = new Event("focusout");
  Object.defineProperty(focusOut, "target", { value: button });
  page.dispatchEvent(focusOut);
  page.activeElement = iframe;
}

it.each([
  ["the window blurs", () => windowEvents.dispatchEvent(new Event("blur"))],
  [
    "the window gets focus back (it had none when the frame took it)",
    () => windowEvents.dispatchEvent(new Event("focus")),
  ],
  ["the tab is shown again", () => page.dispatchEvent(new Event("visibilitychange"))],
])("gives focus back to the page's element when %s", (_, notice) => {
  const iframe = new FakeElement();
  const button = new FakeElement();
  const stop = keepFocusOut(iframe as unknown as HTMLIFrameElement);
  frameTookFocus(iframe, button);
  notice();
  expect(button.focus).not.toHaveBeenCalled();
  vi.runAllTimers();
  expect(button.focus).toHaveBeenCalledOnce();
  expect(page.activeElement).toBe(button);
  stop();
});

it("stop() cancels a give-back already scheduled, and listens no more", () => {
  const iframe = new FakeElement();
  const button = new FakeElement();
  const stop = keepFocusOut(iframe as unknown as HTMLIFrameElement);
  frameTookFocus(iframe, button);
  windowEvents.dispatchEvent(new Event("blur"));
  stop();
  vi.runAllTimers();
  windowEvents.dispatchEvent(new Event("focus"));
  vi.runAllTimers();
  expect(button.focus).not.toHaveBeenCalled();
  expect(page.activeElement).toBe(iframe);
});
