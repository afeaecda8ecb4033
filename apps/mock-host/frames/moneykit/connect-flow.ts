import type { LinkEvent, LinkEventName, LinkExitError, LinkScreen, TrackedScreen } from "@framelink/protocol";
import { h, show } from "../shared/dom.js";
import { postJson } from "../shared/frame-api.js";
import { readParentOrigin, toPage } from "./launcher-link.js";

// The state of one Connect run, and how it speaks to the page: the link
// session as the backend last described it, the screens shown so far, and
// the `link.event` / `link.exit` messages of MoneyKit's launcher protocol.
// The screens (./connect-screens.ts) draw; ./connect.ts starts the run.

export interface Described {
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

/** The merchant page, if the query names an allowed one that really embeds this frame. */
export const parentOrigin = readParentOrigin();

/** The run's mutable state, in one object so that every module sees the same. */
export const flow = {
  /** The backend's handle for this frame's link session. */
  handle: undefined as string | undefined,
  current: undefined as Described | undefined,
  /** A result or an exit was sent: nothing more is. */
  finished: false,
  /** The window Connect opened for the bank, if any. */
  oauthWindow: null as Window | null,
  /** Set from the click that opened the bank until its answer: only then is a `link.resume` taken. */
  awaitingBank: false,
  /** Set while the error screen shows: leaving then reports the error, whichever button is used. */
  shownError: null as LinkExitError | null,
  applicationName: "This app",
  tracked: [] as TrackedScreen[],
  screenStart: undefined as { screen: LinkScreen; at: number } | undefined,
};

export function report(name: LinkEventName, properties: LinkEvent["properties"] = {}): void {
  const session = flow.current?.session;
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

export function enter(screen: LinkScreen, ...children: (Node | string)[]): void {
  if (screen !== "error") flow.shownError = null;
  const now = performance.now();
  if (flow.screenStart) {
    const { screen: shown, at } = flow.screenStart;
    flow.tracked.push({ tag: shown, name: shown, duration: Math.round(now - at) });
  }
  flow.screenStart = { screen, at: now };
  show(...children);
  report("screen_viewed", { screen });
}

export function exit(error: LinkExitError | null): void {
  if (flow.finished) return;
  flow.finished = true;
  report("exit", { reason: error ? "error" : "user_closed" });
  if (parentOrigin) toPage(parentOrigin, "link.exit", { error });
}

export function failWith(error: LinkExitError): void {
  flow.shownError = error;
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
export function api<T>(path: string, body: Record<string, unknown>) {
  return postJson<T, LinkExitError>(`/frame-api/moneykit/${path}`, body, UNREACHABLE);
}

export async function call(path: string, body: Record<string, unknown>): Promise<Described | undefined> {
  const answer = await api<Described>(path, { handle: flow.handle, ...body });
  if (!answer.ok) {
    failWith(answer.error);
    return undefined;
  }
  return accept(answer.body);
}

export function accept(described: Described): Described {
  if (described.handle) flow.handle = described.handle;
  flow.current = described;
  return described;
}

export function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = h("button", { type: "button" }, label);
  element.addEventListener("click", onClick);
  return element;
}
