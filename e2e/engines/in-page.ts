// What runs inside the document under test: finding a control the way a
// person names it (a button by its text, a field by its label), and turning
// a function and its argument into one expression for any engine's client.

/** Which elements count as buttons, for a name match. */
interface ButtonQuery {
  readonly name: string;
  readonly exact: boolean;
}

/**
 * The one visible button named `name` (its aria-label or text): an exact
 * match first, else (unless `exact`) the one whose name contains it, case
 * aside, as Playwright's getByRole does. None, or several: null.
 */
export function findButton({ name, exact }: ButtonQuery): HTMLElement | null {
  const visible = (element: Element) => element.getClientRects().length > 0;
  const nameOf = (element: Element) =>
    (element.getAttribute("aria-label") ?? element.textContent ?? "").replace(/\s+/g, " ").trim();
  const buttons = [...document.querySelectorAll<HTMLElement>("button, [role=button], input[type=submit]")].filter(
    visible,
  );
  const exactly = buttons.filter((button) => nameOf(button) === name);
  if (exactly.length === 1 || exact) return exactly.length === 1 ? exactly[0]! : null;
  const containing = buttons.filter((button) => nameOf(button).toLowerCase().includes(name.toLowerCase()));
  return containing.length === 1 ? containing[0]! : null;
}

/** The visible form control a `<label>` names: nested in it, or pointed at by `for`. */
export function findControl(label: string): HTMLInputElement | null {
  for (const element of document.querySelectorAll("label")) {
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text.startsWith(label)) continue;
    const control = (element.control ?? element.querySelector("input, textarea, select")) as HTMLInputElement | null;
    if (control && control.getClientRects().length > 0) return control;
  }
  return null;
}

/**
 * `fn(arg)` as one expression. tsx compiles with esbuild's keepNames, which
 * wraps named functions in a `__name(…)` helper that exists only in Node; the
 * expression defines a stand-in so the same source runs in the page.
 */
export function expression<A>(fn: (arg: A) => unknown, arg: A | undefined): string {
  return `(() => { const __name = (target) => target; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`;
}
