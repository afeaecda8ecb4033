type Child = Node | string;

/** Builds an element: `h("button", { type: "submit" }, "Continue")`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * Replaces the frame's screen without moving focus: for what a frame shows
 * on its own (a payment button as it loads), where taking focus would pull
 * it away from the merchant's page.
 */
export function paint(...children: Child[]): HTMLElement {
  const screen = document.getElementById("screen")!;
  screen.replaceChildren(...children);
  return screen;
}

/** Replaces the frame's screen and moves focus to its first control, as a person expects after a step. */
export function show(...children: Child[]): void {
  paint(...children)
    .querySelector<HTMLElement>("input, button")
    ?.focus();
}

/**
 * A form whose submit runs `onSubmit` instead of navigating. A submit while
 * the last one is still being answered is dropped: the backends take each
 * answer once (a verified code is not verified again), and a second Enter
 * must not turn into a refusal.
 */
export function form(onSubmit: (data: FormData) => void | Promise<void>, ...children: Child[]): HTMLFormElement {
  const element = h("form", {}, ...children);
  let answering = false;
  element.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (answering) return;
    answering = true;
    try {
      await onSubmit(new FormData(element));
    } finally {
      answering = false;
    }
  });
  return element;
}
