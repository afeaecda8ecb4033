import type { Page } from "@playwright/test";

/** Collects every Content-Security-Policy violation the page reports, from the console. */
export function recordCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
