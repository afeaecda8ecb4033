// The OAuth half of MoneyKit, loaded on first use (./load-oauth.ts): only
// links to OAuth banks and redirect pages need it.
export { handBack } from "./handback.js";
export { openOAuthWindow } from "./oauth-window.js";
