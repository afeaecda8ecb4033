import { type PartKey, partGlobal } from "./parts.js";

// A script-tag build cannot split code, so the parts Framelink loads on first
// use are files next to the tag (see ./parts.ts and build.ts). They are loaded with their
// SRI hash, fixed at build time, and the nonce of the tag that loaded
// Framelink; the file must be served with CORS, as the tag itself is for SRI.

export const PART_LOAD_TIMEOUT_MS = 15_000;

// Read while this script runs: afterwards `currentScript` is gone. Injected
// markup can clobber `document.currentScript` (`<img name="currentScript">`),
// so only a real script element is believed; otherwise parts resolve
// against the page's URL.
const current = typeof document === "undefined" ? null : document.currentScript;
const loader = typeof HTMLScriptElement !== "undefined" && current instanceof HTMLScriptElement ? current : null;

/**
 * Loads a part and takes what it defines as `global`: only once its `load`
 * event fired (so its hash matched), and only from the window's own
 * property, so that nothing planted on `Object.prototype` passes for a part.
 */
export function loadScriptPart<T>(key: PartKey): Promise<T> {
  const part = __PARTS__[key];
  const global = partGlobal(key);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    const scope = globalThis as Record<string, unknown>;
    const finish = (loaded: boolean) => {
      clearTimeout(timer);
      script.onload = script.onerror = null;
      script.remove();
      const code = loaded && Object.hasOwn(scope, global) ? (scope[global] as T | undefined) : undefined;
      if (Object.hasOwn(scope, global)) delete scope[global];
      // Nothing handed over means the file did not load, did not match its hash, or is not the part.
      if (code) resolve(code);
      else reject(new Error(`${part.file} did not load.`));
    };
    const timer = setTimeout(() => finish(false), PART_LOAD_TIMEOUT_MS);
    script.onload = () => finish(true);
    script.onerror = () => finish(false);
    script.src = new URL(part.file, loader?.src || location.href).href;
    script.integrity = part.integrity;
    script.crossOrigin = "anonymous";
    script.nonce = loader?.nonce ?? "";
    document.head.append(script);
  });
}
