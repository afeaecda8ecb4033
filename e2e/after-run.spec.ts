import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MOCK_HOST_ORIGIN } from "./origins.js";
import { expect, GUARD_REPORT_DIR, test } from "./support/guard.js";
import { findSecrets, withoutFrameTokens } from "./support/secrets.js";

// Runs after every other spec (a Playwright project that depends on theirs):
// what the whole run left behind, seen from the mock host and the guards.

test("no request the mock host saw in the whole run carried a secret in its URL or Referer, but for vendor frame URLs' own tokens and OAuth codes", async () => {
  const observed = (await (await fetch(`${MOCK_HOST_ORIGIN}/_mock/observed`)).json()) as {
    secrets: string[];
    oauthCodes: string[];
    requests: { method: string; url: string; referer: string | null }[];
  };
  const issued = { secrets: new Set(observed.secrets), oauthCodes: new Set(observed.oauthCodes) };
  // The vendors' protocols put tokens in their frames' `src` (MoonPay's session and client tokens, MoneyKit's link session token): those parameters, and only those, are allowed.
  // OAuth codes travel in URLs by design of OAuth (the redirect page's, and MoneyKit's `/continue?redirectURL=`), as the guard allows them there.
  const found = (request: (typeof observed.requests)[number]) => [
    ...findSecrets(withoutFrameTokens(request.url), issued, false),
    ...findSecrets(request.referer ?? "", issued),
  ];
  const leaks = observed.requests.flatMap((request) =>
    found(request).map(() => `${request.method} ${request.url} (Referer ${request.referer})`),
  );
  expect(leaks).toEqual([]);
  // The scan saw the run: thousands of requests, hundreds of secrets issued.
  expect(observed.requests.length).toBeGreaterThan(1_000);
  expect(issued.secrets.size).toBeGreaterThan(100);
  test.info().annotations.push({
    type: "scanned",
    description: `${observed.requests.length} requests, ${issued.secrets.size} secrets, ${issued.oauthCodes.size} OAuth codes`,
  });
});

test("the whole e2e run had no Content-Security-Policy violation, except where a test provokes one", () => {
  const reports = readdirSync(GUARD_REPORT_DIR).map(
    (file) =>
      JSON.parse(readFileSync(join(GUARD_REPORT_DIR, file), "utf8")) as {
        title: string;
        violations: number;
        expectedViolations: boolean;
      },
  );
  expect(reports.length).toBeGreaterThan(80);
  const unexpected = reports
    .filter((report) => !report.expectedViolations && report.violations > 0)
    .map((report) => report.title);
  expect(unexpected).toEqual([]);
  const provoked = reports.filter((report) => report.expectedViolations);
  test.info().annotations.push({
    type: "scanned",
    description: `${reports.length} tests watched; violations only in ${provoked.length} that provoke one on purpose`,
  });
});

test("every message between a page and MoonPay's frames in the whole run was a v2 JSON string on its frame's channel", () => {
  const reports = readdirSync(GUARD_REPORT_DIR).map(
    (file) =>
      JSON.parse(readFileSync(join(GUARD_REPORT_DIR, file), "utf8")) as {
        title: string;
        frameMessages: number;
        offProtocol: number;
      },
  );
  const off = reports.filter((report) => report.offProtocol > 0).map((report) => report.title);
  expect(off).toEqual([]);
  const checked = reports.reduce((sum, report) => sum + report.frameMessages, 0);
  // The run spoke the protocol a great deal: every MoonPay spec's handshakes, acks and events.
  expect(checked).toBeGreaterThan(500);
  test.info().annotations.push({
    type: "scanned",
    description: `${checked} frame messages checked in ${reports.filter((report) => report.frameMessages > 0).length} tests`,
  });
});
