import type {
  LinkEvent,
  LinkEventName,
  LinkExitError,
  LinkedInstitution,
  LinkScreen,
  TrackedScreen,
} from "@framelink/protocol";
import { form, h, show } from "../shared/dom.js";
import { postJson } from "../shared/frame-api.js";
import { type LaunchParams, listen, readLaunch, readParentOrigin, toPage } from "./launcher-link.js";
import { openBank } from "./oauth-window.js";

// MoneyKit Connect: consent, institution search, login (credentials, MFA or
// OAuth at the bank), account selection. The frame host keeps the progress;
// this page draws the step it is told and reports every step to the page in
// MoneyKit's launcher protocol (see ./launcher-link.ts).

interface Described {
  handle?: string;
  session: {
    id: string;
    linkType: "link" | "relink";
    step: "consent" | "institution" | "login" | "mfa" | "oauth" | "accounts" | "done";
    institution: { id: string; name: string; login: string } | null;
  };
  institutions: { id: string; name: string }[];
  accounts: { id: string; name: string; mask: string | null }[];
}

const launch = readLaunch();
const parentOrigin = readParentOrigin();
let oauthWindow: Window | null = null;
/** Set from the click that opened the bank until its answer: only then is a `link.resume` taken. */
let awaitingBank = false;
let handle: string | undefined;
let current: Described | undefined;
let finished = false;
const tracked: TrackedScreen[] = [];
let screenStart: { screen: LinkScreen; at: number } | undefined;

function report(name: LinkEventName, properties: LinkEvent["properties"] = {}): void {
  const session = current?.session;
  const meta = {
    link_type: session?.linkType ?? "link",
    timestamp: new Date().toISOString(),
    link_session_id: session?.id ?? "unknown",
    ...(session?.institution
      ? { institution_id: session.institution.id, institution_name: session.institution.name }
      : {}),
  };
  const event: LinkEvent = { name, properties, meta };
  if (parentOrigin) toPage(parentOrigin, "link.event", event as unknown as Record<string, unknown>);
}

function enter(screen: LinkScreen, ...children: (Node | string)[]): void {
  if (screen !== "error") shownError = null;
  const now = performance.now();
  if (screenStart)
    tracked.push({ tag: screenStart.screen, name: screenStart.screen, duration: Math.round(now - screenStart.at) });
  screenStart = { screen, at: now };
  show(...children);
  report("screen_viewed", { screen });
}

function exit(error: LinkExitError | null): void {
  if (finished) return;
  finished = true;
  report("exit", { reason: error ? "error" : "user_closed" });
  if (parentOrigin) toPage(parentOrigin, "link.exit", { error });
}

/** Set while the error screen shows: leaving then reports the error, whichever button is used. */
let shownError: LinkExitError | null = null;

function failWith(error: LinkExitError): void {
  shownError = error;
  report("error", { error_id: error.error_id });
  enter(
    "error",
    h("h1", {}, "Something went wrong"),
    h("p", { role: "alert" }, error.displayed_message),
    button("Exit", () => exit(error)),
  );
}

const UNREACHABLE: LinkExitError = {
  error_id: "connect_unreachable",
  displayed_message: "Connect could not reach MoneyKit. Try again.",
  request_id: null,
};

/** Calls Connect's backend; refusals are LinkExitErrors. */
function api<T>(path: string, body: Record<string, unknown>) {
  return postJson<T, LinkExitError>(`/frame-api/moneykit/${path}`, body, UNREACHABLE);
}

async function call(path: string, body: Record<string, unknown>): Promise<Described | undefined> {
  const answer = await api<Described>(path, { handle, ...body });
  if (!answer.ok) {
    failWith(answer.error);
    return undefined;
  }
  return accept(answer.body);
}

function accept(described: Described): Described {
  if (described.handle) handle = described.handle;
  current = described;
  return described;
}

function render(described: Described): void {
  const { step, institution } = described.session;
  if (step === "consent") return consent();
  if (step === "institution") return search(described.institutions);
  if (step === "mfa") return mfa();
  if (step === "accounts") return accounts(described.accounts);
  if (institution && (institution.login === "oauth" || institution.login === "oauthIsolated"))
    return void oauth(institution.name);
  return login(institution?.name ?? "your bank");
}

function consent(): void {
  enter(
    "consent",
    h("h1", {}, `${applicationName} uses MoneyKit to connect your bank`),
    h("p", {}, "Your credentials are never shared with the app."),
    button("Continue", async () => {
      report("consent_accepted");
      const next = await call("consent", {});
      if (next) render(next);
    }),
  );
}

function search(institutions: Described["institutions"]): void {
  const list = h("div", { class: "list", role: "list" });
  const fill = (query: string) =>
    list.replaceChildren(
      ...institutions
        .filter((bank) => bank.name.toLowerCase().includes(query.toLowerCase()))
        .map((bank) =>
          button(bank.name, async () => {
            report("institution_selected", { institution_id: bank.id });
            const next = await call("select", { institutionId: bank.id });
            if (next) render(next);
          }),
        ),
    );
  const input = h("input", { type: "search", name: "query", autocomplete: "off" });
  input.addEventListener("input", () => {
    fill(input.value);
    report("institution_searched", { query: input.value.slice(0, 64) });
  });
  fill("");
  enter("institution_search", h("h1", {}, "Select your bank"), h("label", {}, "Search banks", input), list);
}

function login(bankName: string, problem?: string): void {
  enter(
    "login",
    h("h1", {}, `Log in to ${bankName}`),
    form(
      async (data) => {
        report("credentials_submitted");
        const answer = await api<Described>("login", {
          handle,
          username: data.get("username"),
          password: data.get("password"),
        });
        if (answer.ok) return render(accept(answer.body));
        if (answer.status === 422) return login(bankName, answer.error.displayed_message);
        failWith(answer.error);
      },
      h("label", {}, "Username", h("input", { name: "username", autocomplete: "username", required: "" })),
      h(
        "label",
        {},
        "Password",
        h("input", { name: "password", type: "password", autocomplete: "current-password", required: "" }),
      ),
      ...(problem ? [h("p", { class: "error", role: "alert" }, problem)] : []),
      h("button", { type: "submit" }, "Log in"),
    ),
  );
}

function mfa(problem?: string): void {
  if (!problem) report("mfa_requested");
  enter(
    "mfa",
    h("h1", {}, "Enter the code we sent you"),
    form(
      async (data) => {
        report("mfa_submitted");
        const answer = await api<Described>("mfa", { handle, code: data.get("code") });
        if (answer.ok) return render(accept(answer.body));
        if (answer.status === 422) return mfa(answer.error.displayed_message);
        failWith(answer.error);
      },
      h(
        "label",
        {},
        "Verification code",
        h("input", { name: "code", inputmode: "numeric", autocomplete: "one-time-code", required: "" }),
      ),
      ...(problem ? [h("p", { class: "error", role: "alert" }, problem)] : []),
      h("button", { type: "submit" }, "Submit"),
    ),
  );
}

async function oauth(bankName: string): Promise<void> {
  // The bank's URL is fetched before the click, so that the window opens
  // inside the click, while its user activation is fresh.
  const answer = await api<{ url: string }>("oauth/start", { handle });
  if (!answer.ok) return failWith(answer.error);
  const { url } = answer.body;
  enter(
    "oauth",
    h("h1", {}, `Log in at ${bankName}`),
    h("p", {}, "You will log in on your bank's own site, then come back here."),
    button(`Continue to ${bankName}`, () => {
      const opened = openBank(url);
      oauthWindow = opened.window;
      awaitingBank = true;
      report("oauth_opened", { presentation: opened.presentation });
      show(h("h1", {}, `Waiting for ${bankName}…`), h("p", {}, "Finish logging in on your bank's page."));
    }),
  );
}

/** The bank's redirect URL came back: redeemed with this frame's handle, or (relaunched at /continue) its link session token. */
async function resume(redirectUrl: string, linkSessionToken?: string): Promise<void> {
  const answer = await api<Described>("oauth/return", {
    redirectUrl,
    ...(handle ? { handle } : {}),
    ...(linkSessionToken ? { linkSessionToken } : {}),
  });
  const outcome = answer.ok ? "approved" : answer.error.error_id === "oauth_denied" ? "denied" : undefined;
  if (outcome) report("oauth_returned", { outcome });
  if (!answer.ok) return failWith(answer.error);
  render(accept(answer.body));
}

function accounts(list: Described["accounts"]): void {
  enter(
    "account_selection",
    h("h1", {}, "Choose accounts to share"),
    form(
      async (data) => {
        const accountIds = data.getAll("account");
        report("accounts_selected", { count: accountIds.length });
        const answer = await api<{
          exchangeableToken: string;
          link_id: string;
          institution: Omit<LinkedInstitution, "trackedScreens">;
        }>("finish", { handle, accountIds });
        if (!answer.ok) return failWith(answer.error);
        enter("success", h("h1", {}, "Your bank is connected"));
        report("success");
        finished = true;
        const institution = { ...answer.body.institution, trackedScreens: tracked };
        if (!parentOrigin) return;
        if (current?.session.linkType === "relink")
          toPage(parentOrigin, "relink.complete", { institution, link_id: answer.body.link_id });
        else
          toPage(parentOrigin, "link.complete", {
            exchangeableToken: answer.body.exchangeableToken,
            institution,
            link_id: answer.body.link_id,
          });
      },
      h(
        "div",
        { class: "list" },
        ...list.map((account) =>
          h(
            "label",
            { class: "account" },
            h("input", { type: "checkbox", name: "account", value: account.id, checked: "" }),
            `${account.name}${account.mask ? ` ••${account.mask}` : ""}`,
          ),
        ),
      ),
      h("button", { type: "submit" }, "Link accounts"),
    ),
  );
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = h("button", { type: "button" }, label);
  element.addEventListener("click", onClick);
  return element;
}

let applicationName = "This app";

async function run(params: LaunchParams): Promise<void> {
  if (params.applicationName) applicationName = params.applicationName;
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

document.getElementById("close")!.addEventListener("click", () => exit(shownError));

if (!launch || !parentOrigin) {
  // Not embedded by an allowed merchant page: say so, and post nothing to anyone.
  finished = true;
  show(h("h1", {}, "MoneyKit Connect"), h("p", { role: "alert" }, "This page can only be opened by an allowed app."));
} else {
  listen(parentOrigin, () => oauthWindow, {
    colorScheme(scheme) {
      if (scheme === "auto") delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = scheme;
    },
    theme(theme) {
      const colors = theme.colors as Record<string, unknown> | undefined;
      if (typeof colors?.accent === "string") document.documentElement.style.setProperty("--accent", colors.accent);
    },
    resume(redirectURL, source) {
      if (!awaitingBank) return;
      awaitingBank = false;
      if (source) {
        // The window Connect opened handed the URL back: it can go.
        source.window.postMessage({ moneykit: true, type: "link.close_oauth" }, source.origin);
        // 0.3.28's continue() does not listen for it: Connect closes the window it opened itself too.
        source.window.close();
        oauthWindow = null;
      }
      void resume(redirectURL);
    },
  });
  toPage(parentOrigin, "connect.started");
  void run(launch);
}
