import type { PartFile } from "./part-globals.js";

// A script-tag build cannot split code, so the parts Framelink loads on first
// use are files next to the tag (see build.mjs). They are loaded with their
// SRI hash, fixed at build time, and the nonce of the tag that loaded
// Framelink; the file must be served with CORS, as the tag itself is for SRI.

export const PART_LOAD_TIMEOUT_MS = 15_000;

// Read while this script runs: afterwards `currentScript` is gone.
const loader = typeof document === "undefined" ? null : document.currentScript;

export function loadScriptPart<T>(part: PartFile, global: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    const scope = globalThis as Record<string, unknown>;
    const finish = () => {
      clearTimeout(timer);
      script.remove();
      const code = scope[global] as T | undefined;
      delete scope[global];
      // Nothing handed over means the file did not load, did not match its hash, or is not the part.
      if (code) resolve(code);
      else reject(new Error(`${part.file} did not load.`));
    };
    const timer = setTimeout(finish, PART_LOAD_TIMEOUT_MS);
    script.onload = script.onerror = finish;
    script.src = new URL(part.file, (loader as HTMLScriptElement | null)?.src || location.href).href;
    script.integrity = part.integrity;
    script.crossOrigin = "anonymous";
    script.nonce = (loader as HTMLScriptElement | null)?.nonce ?? "";
    document.head.append(script);
  });
}
