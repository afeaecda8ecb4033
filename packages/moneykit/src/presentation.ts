import type { OAuthPresentation } from "@framelink/protocol";

/**
 * How a bank's OAuth page can be shown here, after seed 001: inside a
 * webview no window may be opened, so the top window goes to the bank
 * (`redirect`); iOS Safari opens a new tab (`tab`); elsewhere a popup.
 * Webviews: Android marks them with `; wv)`; iOS webviews (WKWebView, in-app
 * browsers) omit the `Safari/` token that Safari and the other iOS browsers send.
 */
export function detectOAuthPresentation(userAgent: string): OAuthPresentation {
  if (/Android/.test(userAgent) && /; wv\)/.test(userAgent)) return "redirect";
  const ios = /\b(iPhone|iPad|iPod)\b/.test(userAgent);
  if (ios && !/Safari\//.test(userAgent)) return "redirect";
  if (ios && /Version\/[\d.]+.*Safari\//.test(userAgent) && !/(CriOS|FxiOS|EdgiOS|OPiOS)/.test(userAgent)) return "tab";
  return "popup";
}
