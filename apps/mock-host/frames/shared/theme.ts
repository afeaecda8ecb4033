import { readParam } from "./frame-context.js";

/**
 * MoonPay's `theme` parameter: `light` or `dark` forces that appearance;
 * absent (or anything else), the frame follows the system's
 * (`prefers-color-scheme` in frame.css).
 */
export function applyTheme(): void {
  const theme = readParam("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
}
