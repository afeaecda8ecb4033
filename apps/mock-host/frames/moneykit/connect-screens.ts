import type { LinkedInstitution } from "@framelink/protocol";
import { form, h, show } from "../shared/dom.js";
import {
  accept,
  api,
  button,
  call,
  type Described,
  enter,
  failWith,
  flow,
  parentOrigin,
  report,
} from "./connect-flow.js";
import { toPage } from "./launcher-link.js";
import { openBank } from "./oauth-window.js";

// Connect's screens: consent, institution search, login (credentials, MFA or
// OAuth at the bank), account selection. The frame host keeps the progress;
// each screen draws the step it is told and reports it (./connect-flow.ts).

export function render(described: Described): void {
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
    h("h1", {}, `${flow.applicationName} uses MoneyKit to connect your bank`),
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
          handle: flow.handle,
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
        const answer = await api<Described>("mfa", { handle: flow.handle, code: data.get("code") });
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
  const answer = await api<{ url: string }>("oauth/start", { handle: flow.handle });
  if (!answer.ok) return failWith(answer.error);
  const { url } = answer.body;
  enter(
    "oauth",
    h("h1", {}, `Log in at ${bankName}`),
    h("p", {}, "You will log in on your bank's own site, then come back here."),
    button(`Continue to ${bankName}`, () => {
      const opened = openBank(url);
      flow.oauthWindow = opened.window;
      flow.awaitingBank = true;
      report("oauth_opened", { presentation: opened.presentation });
      show(h("h1", {}, `Waiting for ${bankName}…`), h("p", {}, "Finish logging in on your bank's page."));
    }),
  );
}

/** The bank's redirect URL came back: redeemed with this frame's handle, or (relaunched at /continue) its link session token. */
export async function resume(redirectUrl: string, linkSessionToken?: string): Promise<void> {
  const answer = await api<Described>("oauth/return", {
    redirectUrl,
    ...(flow.handle ? { handle: flow.handle } : {}),
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
        }>("finish", { handle: flow.handle, accountIds });
        if (!answer.ok) return failWith(answer.error);
        enter("success", h("h1", {}, "Your bank is connected"));
        report("success");
        flow.finished = true;
        const institution = { ...answer.body.institution, trackedScreens: flow.tracked };
        if (!parentOrigin) return;
        if (flow.current?.session.linkType === "relink")
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
