import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";
import { MOCK_HOST_ORIGIN } from "../origins.js";
import { findSecrets, type Issued, isTokenFrameUrl, withoutFrameTokens } from "./secrets.js";
import { storedInDocument } from "./stored.js";

// Runs around every e2e test (issue 8). During the test it records, in every
// page and frame: Content-Security-Policy violations, uncaught errors and unhandled rejections,
// console lines, every request's URL and Referer, every URL a frame showed.
// After it: reads localStorage, sessionStorage, IndexedDB and cookies of
// every frame still there; then fails the test on any CSP violation, and on
// any secret the mock host issued (tokens, credentials, keys, OAuth codes)
// found at rest or in transit where it must not be. A test that provokes a
// violation on purpose, or whose page logs a secret by design (the seeds'
// samples log what they get), says so with an annotation.

export const EXPECTS_CSP_VIOLATION = "expects-csp-violation";
/** The test sends MoonPay's frames, as their parent, what is not their protocol (the fuzz runs). */
export const SENDS_FOREIGN_FRAME_MESSAGES = "sends-foreign-frame-messages";
export const LOGS_SECRETS_BY_DESIGN = "logs-secrets-by-design";
/** The test has the merchant's own code throw (a callback), which the SDK lets surface as an uncaught error, later. */
export const EXPECTS_UNCAUGHT_ERROR = "expects-uncaught-error";

export const GUARD_REPORT_DIR = join(import.meta.dirname, "../../reports/guard");

interface Seen {
  violations: string[];
  /** Messages between a page and a MoonPay frame that are not a v2 JSON string on that frame's channel. */
  offProtocol: string[];
  /** Messages between a page and a MoonPay frame, checked. */
  frameMessages: number;
  rejections: string[];
  console: string[];
  requests: { url: string; referer: string }[];
  urls: string[];
}

declare global {
  interface Window {
    __framelinkGuard?: (kind: GuardReport, detail: string) => void;
  }
}

type GuardReport = "csp" | "rejection" | "frame-message" | "off-protocol";

async function watch(context: BrowserContext, page: Page, seen: Seen): Promise<void> {
  await context.exposeBinding("__framelinkGuard", (_source, kind: GuardReport, detail: string) => {
    if (kind === "frame-message") seen.frameMessages++;
    else if (kind === "off-protocol") seen.offProtocol.push(detail);
    else (kind === "csp" ? seen.violations : seen.rejections).push(detail);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__framelinkGuard?.("csp", `${event.effectiveDirective} blocked ${event.blockedURI} in ${location.origin}`),
    );
    // Only in documents with an origin: Playwright's own bindings reject inside
    // `data:` and sandboxed frames (the hostile suite's attackers), where no SDK runs.
    // The SDK reports through Results and callbacks, never by throwing: nothing may go uncaught.
    if (/^https?:$/.test(location.protocol) && self.origin !== "null") {
      window.addEventListener("unhandledrejection", (event) =>
        window.__framelinkGuard?.("rejection", `${String(event.reason)} in ${location.href.slice(0, 80)}`),
      );
      window.addEventListener("error", (event) =>
        window.__framelinkGuard?.(
          "rejection",
          `uncaught ${String(event.error ?? event.message)} in ${location.href.slice(0, 80)}`,
        ),
      );
    }
    // Issue 12: every message between a page and one of MoonPay's frames, both
    // ways, must be a v2 JSON string on that frame's channel. Seen from the
    // page (a message whose source is a MoonPay frame it embeds) and from the
    // frame (a message from its parent). Reports are capped per document, so
    // that a fuzz run does not flood the binding.
    const MOONPAY_FRAME = /^\/platform\/v1\/[a-z-]+$/;
    let reports = 0;
    const check = (data: unknown, channelId: string | null, direction: string) => {
      if (reports++ > 200) return;
      let message: { version?: unknown; meta?: { channelId?: unknown } } | undefined;
      try {
        message = typeof data === "string" ? (JSON.parse(data) as typeof message) : undefined;
      } catch {
        message = undefined;
      }
      const fine = message?.version === 2 && message.meta?.channelId === channelId;
      window.__framelinkGuard?.(
        fine ? "frame-message" : "off-protocol",
        `${direction}: ${typeof data === "string" ? data.slice(0, 120) : typeof data}`,
      );
    };
    window.addEventListener(
      "message",
      (event) => {
        const frame = Array.from(document.querySelectorAll("iframe")).find(
          (candidate) => candidate.contentWindow === event.source,
        );
        const src = frame?.src ? new URL(frame.src) : undefined;
        if (src && MOONPAY_FRAME.test(src.pathname))
          check(event.data, src.searchParams.get("channelId"), "frame → page");
        if (MOONPAY_FRAME.test(location.pathname) && window.parent !== window && event.source === window.parent) {
          check(event.data, new URL(location.href).searchParams.get("channelId"), "page → frame");
        }
      },
      true,
    );
  });
  const watchPage = (target: Page) => {
    target.on("console", (message) => {
      seen.console.push(message.text());
      // A violation in a frame that the init script did not reach (blocked before it ran).
      if (/Content Security Policy/i.test(message.text())) seen.violations.push(message.text());
    });
    target.on("framenavigated", (frame) => seen.urls.push(frame.url()));
  };
  watchPage(page);
  context.on("page", watchPage);
  context.on("request", (request) =>
    seen.requests.push({ url: request.url(), referer: request.headers().referer ?? "" }),
  );
}

/** Everything stored by every frame still open: web storage, IndexedDB, cookies. */
async function storedData(context: BrowserContext): Promise<string[]> {
  const dumps: string[] = [];
  for (const open of context.pages()) {
    for (const frame of open.frames()) {
      const dump = await frame.evaluate(storedInDocument).catch(() => "");
      dumps.push(dump);
    }
  }
  dumps.push(JSON.stringify(await context.cookies()));
  return dumps;
}

async function issued(): Promise<Issued> {
  const observed = (await (await fetch(`${MOCK_HOST_ORIGIN}/_mock/observed`)).json()) as {
    secrets: string[];
    oauthCodes: string[];
  };
  return { secrets: new Set(observed.secrets), oauthCodes: new Set(observed.oauthCodes) };
}

export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ context, page }, use, testInfo) => {
      const seen: Seen = {
        violations: [],
        offProtocol: [],
        frameMessages: 0,
        rejections: [],
        console: [],
        requests: [],
        urls: [],
      };
      await watch(context, page, seen);
      await use(undefined);
      const annotated = (type: string) => testInfo.annotations.some((annotation) => annotation.type === type);
      const stored = await storedData(context);
      const known = await issued();
      const leaks: string[] = [];
      const scan = (where: string, texts: string[], codes = true) => {
        for (const text of texts)
          for (const secret of findSecrets(text, known, codes))
            leaks.push(`${where}: ${secret.slice(0, 12)}… in ${text.slice(0, 160)}`);
      };
      scan("storage", stored);
      // OAuth codes travel in the redirect URL by design of OAuth (and are redeemed once).
      // MoonPay's tokens travel in its frames' `src`, where its protocol puts them, and nowhere else.
      scan(
        "request URL",
        seen.requests.map((request) => withoutFrameTokens(request.url)),
        false,
      );
      // A page's own server sees its URL anyway; a Referer matters when it leaves for another origin,
      // and a vendor frame's URL (its tokens) must never be sent as one at all.
      const exposed = (request: Seen["requests"][number]) =>
        isTokenFrameUrl(request.referer) || new URL(request.referer).origin !== new URL(request.url).origin;
      scan(
        "Referer",
        seen.requests.filter((request) => request.referer && exposed(request)).map((request) => request.referer),
      );
      scan("frame URL", seen.urls.map(withoutFrameTokens), false);
      // The redirect page keeps the bank's single-use code in its URL on purpose: a reload resumes the link with it.
      scan(
        "current URL",
        context.pages().flatMap((open) => open.frames().map((frame) => withoutFrameTokens(frame.url()))),
        false,
      );
      if (!annotated(LOGS_SECRETS_BY_DESIGN)) scan("console", seen.console);

      mkdirSync(GUARD_REPORT_DIR, { recursive: true });
      writeFileSync(
        join(GUARD_REPORT_DIR, `${testInfo.testId}.json`),
        JSON.stringify({
          title: testInfo.titlePath.join(" › "),
          violations: seen.violations.length,
          expectedViolations: annotated(EXPECTS_CSP_VIOLATION) || testInfo.expectedStatus === "failed",
          requests: seen.requests.length,
          leaks: leaks.length,
          frameMessages: seen.frameMessages,
          // A test that sends foreign messages on purpose, or is expected to fail (the guard's self-tests), is left out of the run's count.
          offProtocol:
            annotated(SENDS_FOREIGN_FRAME_MESSAGES) || testInfo.expectedStatus === "failed"
              ? 0
              : seen.offProtocol.length,
        }),
      );
      if (!annotated(EXPECTS_CSP_VIOLATION)) expect(seen.violations, "CSP violations").toEqual([]);
      if (!annotated(SENDS_FOREIGN_FRAME_MESSAGES))
        expect(seen.offProtocol, "messages off MoonPay's frames protocol").toEqual([]);
      if (!annotated(EXPECTS_UNCAUGHT_ERROR)) {
        expect(seen.rejections, "uncaught errors and unhandled rejections").toEqual([]);
      }
      expect(leaks, "secrets where they must not be").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
