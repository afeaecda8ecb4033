import {
  type ConnectFrameMessage,
  connectMessage,
  LAUNCHER_MESSAGES,
  readConnectMessage,
  readResumeMessage,
} from "@framelink/protocol";
import { readAllowedOrigins } from "../shared/frame-context.js";

// Connect's side of MoneyKit's launcher protocol: the page's origin comes
// in the `origin` query parameter and must be an allowed merchant origin
// (and, where the browser tells, the embedding page's real origin); every
// message goes to exactly that origin, and only its window is heard.

export type Mode = "link" | "relink" | "continue";

export interface LaunchParams {
  readonly mode: Mode;
  readonly linkSessionToken?: string;
  readonly redirectURL?: string;
  readonly applicationName?: string;
  readonly device?: string;
  readonly direct: boolean;
}

const PATHS: Record<string, Mode> = { "/start": "link", "/relink": "relink", "/continue": "continue" };

function param(name: string): string | undefined {
  const value = new URL(location.href).searchParams.get(name);
  return value && value.length <= 4096 ? value : undefined;
}

export function readLaunch(): LaunchParams | undefined {
  const mode = PATHS[location.pathname];
  if (!mode) return undefined;
  const [linkSessionToken, redirectURL, applicationName, device] = [
    "linkSessionToken",
    "redirectURL",
    "applicationName",
    "device",
  ].map(param);
  return {
    mode,
    direct: param("viewMode") === "direct",
    ...(linkSessionToken ? { linkSessionToken } : {}),
    ...(redirectURL ? { redirectURL } : {}),
    ...(applicationName ? { applicationName: applicationName.slice(0, 64) } : {}),
    ...(device ? { device } : {}),
  };
}

const allowed = readAllowedOrigins();
export const isAllowedOrigin = (origin: string): boolean => allowed.some((pattern) => pattern.test(origin));

/**
 * The page's origin, if the query names an allowed one that is really this
 * frame's parent. Where the browser names no parent, the query's allowed
 * origin stands: every message goes to exactly that origin and only that
 * window is heard, so another page hears nothing and is not heard; who may
 * embed Connect at all is `frame-ancestors`' to decide. A parent that
 * embeds with `referrerpolicy="no-referrer"` (as Framelink does) is redacted
 * to `"null"` (whatwg/html#11560, Firefox): that names no parent either.
 */
export function readParentOrigin(): string | undefined {
  const origin = param("origin");
  if (!origin || !isAllowedOrigin(origin) || window.parent === window) return undefined;
  const real = location.ancestorOrigins?.[0];
  return real === undefined || real === "null" || real === origin ? origin : undefined;
}

type FrameMessage = { [M in ConnectFrameMessage as M["type"]]: M["data"] };

/** Posts one message of Connect's protocol to the page, at its exact origin. */
export function toPage<K extends keyof FrameMessage>(parentOrigin: string, type: K, data?: FrameMessage[K]): void {
  window.parent.postMessage(connectMessage(type, data ?? undefined), parentOrigin);
}

export interface PageHandlers {
  colorScheme(scheme: "light" | "dark" | "auto"): void;
  theme(theme: Record<string, unknown>): void;
  /** A redirect URL, from the OAuth window Connect opened or forwarded by the page; `source` to answer `link.close_oauth`. */
  resume(redirectURL: string, source: { window: Window; origin: string } | undefined): void;
}

/** Listens to the page (exact origin, its window) and to the OAuth window this frame opened (an allowed merchant origin). */
export function listen(parentOrigin: string, oauthWindow: () => Window | null, handlers: PageHandlers): void {
  window.addEventListener("message", (event: MessageEvent) => {
    const fromPage = event.source === window.parent && event.origin === parentOrigin;
    const fromOAuth = event.source !== null && event.source === oauthWindow() && isAllowedOrigin(event.origin);
    if (!fromPage && !fromOAuth) return;
    const resume = readResumeMessage(event.data);
    if (resume)
      return handlers.resume(
        resume.redirectURL,
        fromOAuth ? { window: event.source as Window, origin: event.origin } : undefined,
      );
    if (!fromPage) return;
    const message = readConnectMessage(LAUNCHER_MESSAGES, event.data);
    if (message?.type === "connect.set_color_scheme") handlers.colorScheme(message.data.colorScheme);
    if (message?.type === "connect.set_theme") handlers.theme(message.data.theme);
  });
}
