/**
 * Adds `<link rel="preconnect">` for an origin once per document, so the
 * first frame skips DNS, TCP and TLS set-up. Harmless to call repeatedly.
 */
export function preconnect(origin: string): void {
  if (typeof document === "undefined" || !document.head) return;
  for (const link of document.head.querySelectorAll('link[rel="preconnect"]')) {
    if ((link as HTMLLinkElement).href.replace(/\/$/, "") === origin) return;
  }
  const link = document.createElement("link");
  link.rel = "preconnect";
  link.href = origin;
  document.head.appendChild(link);
}
