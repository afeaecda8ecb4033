import {
  envelope,
  type LinkedInstitution,
  type LinkEvent,
  type LinkEventName,
  type LinkExitError,
  type LinkFrameEvent,
  type LinkParentMethods,
  type LinkScreen,
  type LinkStart,
  type LinkStarted,
  parseLinkStart,
  parseOAuthOpened,
  parseOAuthReturn,
  type TrackedScreen,
} from "@framelink/protocol";
import type { RemoteProxy } from "penpal";
import { form, h, show } from "../shared/dom.js";
import { postJson } from "../shared/frame-api.js";
import { readChannelId } from "../shared/frame-context.js";
import { connectToParent } from "../shared/parent-channel.js";

// MoneyKit Connect: consent, institution search, login (credentials, MFA or
// OAuth at the bank), account selection. The frame host keeps the progress;
// this page draws the step it is told and reports every step to the parent.

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

const channelId = readChannelId();
let parent: Promise<RemoteProxy<LinkParentMethods>> | undefined;
let started = false;
let handle: string | undefined;
let current: Described | undefined;
let finished = false;
const tracked: TrackedScreen[] = [];
let screenStart: { screen: LinkScreen; at: number } | undefined;

function send(event: LinkFrameEvent): void {
  void parent?.then((remote) => remote.emit(event)).catch(() => undefined);
}

function report(name: LinkEventName, properties: LinkEvent["properties"] = {}): void {
  const session = current?.session;
  const meta = {
    link_type: session?.linkType ?? "link",
    timestamp: new Date().toISOString(),
    link_session_id: session?.id ?? "unknown",
    ...(session?.institution ? { institution_id: session.institution.id, institution_name: session.institution.name } : {}),
  };
  send(envelope(channelId!, "event", { name, properties, meta }));
}

function enter(screen: LinkScreen, ...children: (Node | string)[]): void {
  if (screen !== "error") shownError = null;
  const now = performance.now();
  if (screenStart) tracked.push({ tag: screenStart.screen, name: screenStart.screen, duration: Math.round(now - screenStart.at) });
  screenStart = { screen, at: now };
  show(...children);
  report("screen_viewed", { screen });
}

function exit(error: LinkExitError | null): void {
  if (finished) return;
  finished = true;
  report("exit", { reason: error ? "error" : "user_closed" });
  send(envelope(channelId!, "exit", { error }));
}

/** Set while the error screen shows: leaving then reports the error, whichever button is used. */
let shownError: LinkExitError | null = null;

function failWith(error: LinkExitError): void {
  shownError = error;
  report("error", { error_id: error.error_id });
  enter("error", h("h1", {}, "Something went wrong"), h("p", { role: "alert" }, error.displayed_message), button("Exit", () => exit(error)));
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
  if (institution && (institution.login === "oauth" || institution.login === "oauthIsolated")) return void oauth(institution.name);
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
        const answer = await api<Described>("login", { handle, username: data.get("username"), password: data.get("password") });
        if (answer.ok) return render(accept(answer.body));
        if (answer.status === 422) return login(bankName, answer.error.displayed_message);
        failWith(answer.error);
      },
      h("label", {}, "Username", h("input", { name: "username", autocomplete: "username", required: "" })),
      h("label", {}, "Password", h("input", { name: "password", type: "password", autocomplete: "current-password", required: "" })),
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
      h("label", {}, "Verification code", h("input", { name: "code", inputmode: "numeric", autocomplete: "one-time-code", required: "" })),
      ...(problem ? [h("p", { class: "error", role: "alert" }, problem)] : []),
      h("button", { type: "submit" }, "Submit"),
    ),
  );
}

async function oauth(bankName: string): Promise<void> {
  // The bank's URL is fetched before the click, so that the parent opens the
  // window while the click's user activation is still fresh.
  const answer = await api<{ url: string }>("oauth/start", { handle });
  if (!answer.ok) return failWith(answer.error);
  const { url } = answer.body;
  enter(
    "oauth",
    h("h1", {}, `Log in at ${bankName}`),
    h("p", {}, "You will log in on your bank's own site, then come back here."),
    button(`Continue to ${bankName}`, async () => {
      const remote = await parent!;
      const opened = parseOAuthOpened(await remote.openOAuth(envelope(channelId!, "openOAuth", { url })), channelId!);
      if (!opened) return failWith({ error_id: "oauth_unavailable", displayed_message: "Your bank's page could not be opened.", request_id: null });
      report("oauth_opened", { presentation: opened.payload.presentation });
      show(h("h1", {}, `Waiting for ${bankName}…`), h("p", {}, "Finish logging in on your bank's page."));
    }),
  );
}

async function resume(redirectUrl: string): Promise<void> {
  const answer = await api<Described>("oauth/return", { redirectUrl });
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
        const answer = await api<{ exchangeableToken: string; institution: Omit<LinkedInstitution, "trackedScreens"> }>("finish", { handle, accountIds });
        if (!answer.ok) return failWith(answer.error);
        enter("success", h("h1", {}, "Your bank is connected"));
        report("success");
        finished = true;
        send(envelope(channelId!, "success", { exchangeableToken: answer.body.exchangeableToken, institution: { ...answer.body.institution, trackedScreens: tracked } }));
      },
      h(
        "div",
        { class: "list" },
        ...list.map((account) =>
          h("label", { class: "account" }, h("input", { type: "checkbox", name: "account", value: account.id, checked: "" }), `${account.name}${account.mask ? ` ••${account.mask}` : ""}`),
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

function start(message: unknown): LinkStarted {
  const request = parseLinkStart(message, channelId!);
  if (!request || started) throw new Error("The start request is malformed or repeated.");
  started = true;
  const { payload } = request;
  if (payload.appearance) document.documentElement.dataset.theme = payload.appearance;
  if (payload.applicationName) applicationName = payload.applicationName;
  setTimeout(() => void run(payload), 0);
  return envelope(channelId!, "started", null);
}

async function run(payload: LinkStart["payload"]): Promise<void> {
  if (payload.mode === "continue") return resume(payload.redirectUrl);
  const answer = await api<Described>("start", { linkSessionToken: payload.linkSessionToken, mode: payload.mode });
  if (!answer.ok) return failWith(answer.error);
  render(accept(answer.body));
}

function oauthReturn(message: unknown): null {
  const request = parseOAuthReturn(message, channelId!);
  if (!request) throw new Error("The OAuth return is malformed.");
  void resume(request.payload.redirectUrl);
  return null;
}

document.getElementById("close")!.addEventListener("click", () => exit(shownError));

if (channelId) {
  parent = connectToParent<LinkParentMethods>(channelId, { start, oauthReturn });
  parent.catch(() => undefined);
}
