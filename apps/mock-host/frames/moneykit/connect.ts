import { h, show } from "../shared/dom.js";
import { accept, api, type Described, exit, failWith, flow, parentOrigin } from "./connect-flow.js";
import { render, resume } from "./connect-screens.js";
import { type LaunchParams, listen, readLaunch, toPage } from "./launcher-link.js";

// MoneyKit Connect's page at /start, /relink and /continue: reads the
// launcher's query, answers the page in MoneyKit's launcher protocol
// (./launcher-link.ts) and runs the screens (./connect-screens.ts).

const launch = readLaunch();

async function run(params: LaunchParams): Promise<void> {
  if (params.applicationName) flow.applicationName = params.applicationName;
  if (params.mode === "continue") {
    if (!params.redirectURL)
      return failWith({
        error_id: "invalid_redirect_url",
        displayed_message: "There is no redirect URL to continue with.",
        request_id: null,
      });
    return resume(params.redirectURL, params.linkSessionToken);
  }
  const answer = await api<Described>("start", { linkSessionToken: params.linkSessionToken, mode: params.mode });
  if (!answer.ok) return failWith(answer.error);
  render(accept(answer.body));
}

document.getElementById("close")!.addEventListener("click", () => exit(flow.shownError));

if (!launch || !parentOrigin) {
  // Not embedded by an allowed merchant page: say so, and post nothing to anyone.
  flow.finished = true;
  show(h("h1", {}, "MoneyKit Connect"), h("p", { role: "alert" }, "This page can only be opened by an allowed app."));
} else {
  listen(parentOrigin, () => flow.oauthWindow, {
    colorScheme(scheme) {
      if (scheme === "auto") delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = scheme;
    },
    theme(theme) {
      const colors = theme.colors as Record<string, unknown> | undefined;
      if (typeof colors?.accent === "string") document.documentElement.style.setProperty("--accent", colors.accent);
    },
    resume(redirectURL, source) {
      if (!flow.awaitingBank) return;
      flow.awaitingBank = false;
      if (source) {
        // The window Connect opened handed the URL back: it can go.
        source.window.postMessage({ moneykit: true, type: "link.close_oauth" }, source.origin);
        // 0.3.28's continue() does not listen for it: Connect closes the window it opened itself too.
        source.window.close();
        flow.oauthWindow = null;
      }
      void resume(redirectURL);
    },
  });
  toPage(parentOrigin, "connect.started");
  void run(launch);
}
