/**
 * Defaults a page sets on the script tag itself, read once when the script
 * runs: `<script src="framelink-moneykit.js" data-frame-origin="…" data-api-origin="…">`.
 * They point the seed samples at a test host (the mock host) without a
 * change to the samples' code. Only the page's own markup can set them.
 */
export interface ScriptDefaults {
  readonly frameOrigin?: string;
  readonly apiOrigin?: string;
}

export function readScriptDefaults(): ScriptDefaults {
  const script = typeof document === "undefined" ? null : document.currentScript;
  if (!(script instanceof HTMLScriptElement)) return {};
  const { frameOrigin, apiOrigin } = script.dataset;
  return { ...(frameOrigin ? { frameOrigin } : {}), ...(apiOrigin ? { apiOrigin } : {}) };
}
