import { frameOrigin, moneyKitCallbacks, newMoneyKit } from "./moneykit-demo.js";

// The link session's redirect_uri: continue() hands the URL back to the page
// running Connect (popup, tab), or relaunches Connect here (webview).
function log(line: string): void {
  const item = document.createElement("li");
  item.textContent = line;
  document.getElementById("log")!.prepend(item);
}

newMoneyKit(await frameOrigin()).continue(
  window.location.href,
  ...moneyKitCallbacks(log, (linkId) => {
    document.getElementById("mk-link-id")!.textContent = linkId;
  }),
);
