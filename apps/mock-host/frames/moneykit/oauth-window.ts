// How Connect shows the bank's OAuth page, as MoneyKit's docs describe it:
// a popup on desktop, a new tab in iOS Safari, and in a webview (where no
// window may be opened) the top window itself. A blocked popup or tab also
// falls back to the top window. All of it runs inside the user's click.

export type Presentation = "popup" | "tab" | "redirect";

/**
 * Webviews: Android marks them with `; wv)`; iOS webviews (WKWebView, in-app
 * browsers) omit the `Safari/` token that Safari and the other iOS browsers send.
 */
export function detectPresentation(userAgent: string): Presentation {
  if (/Android/.test(userAgent) && /; wv\)/.test(userAgent)) return "redirect";
  const ios = /\b(iPhone|iPad|iPod)\b/.test(userAgent);
  if (ios && !/Safari\//.test(userAgent)) return "redirect";
  if (ios && /Version\/[\d.]+.*Safari\//.test(userAgent) && !/(CriOS|FxiOS|EdgiOS|OPiOS)/.test(userAgent)) return "tab";
  return "popup";
}

/** Opens the bank's page; the window (if one was opened) and how it was shown. */
export function openBank(url: string): { presentation: Presentation; window: Window | null } {
  const wanted = detectPresentation(navigator.userAgent);
  let opened: Window | null = null;
  if (wanted === "popup") opened = window.open(url, "moneykit_oauth", "popup=yes,width=480,height=720");
  if (wanted === "tab") opened = window.open(url, "_blank");
  if (opened) return { presentation: wanted, window: opened };
  // Needs the user's click: the launcher's sandbox allows top navigation by user activation only.
  (window.top ?? window).location.href = url;
  return { presentation: "redirect", window: null };
}
