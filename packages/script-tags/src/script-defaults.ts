/**
 * Defaults a page sets on the script tag itself, read once when the script
 * runs: `<script src="framelink-moonpay.js" data-frame-base-url="…" data-api-base-url="…">`.
 * They point a page's code (e.g. the vendors' documented samples, as
 * written) at a test host (the mock host) without a change to that code. Only the page's own markup can set them; they
 * are read as attributes, so nothing on `Object.prototype` can stand in.
 */
export interface ScriptDefaults {
  readonly frameBaseUrl?: string;
  readonly apiBaseUrl?: string;
}

export function readScriptDefaults(): ScriptDefaults {
  const script = typeof document === "undefined" ? null : document.currentScript;
  if (!(script instanceof HTMLScriptElement)) return {};
  const frameBaseUrl = script.getAttribute("data-frame-base-url");
  const apiBaseUrl = script.getAttribute("data-api-base-url");
  return { ...(frameBaseUrl ? { frameBaseUrl } : {}), ...(apiBaseUrl ? { apiBaseUrl } : {}) };
}
