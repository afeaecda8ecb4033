import { describe, expect, it } from "vitest";
import { parseAllowedOrigins } from "./allowed-origins.js";
import { framePages } from "./frame-pages.js";

// Needs the built pages (`pnpm --filter @framelink/mock-host build`), as the server does.
const pages = framePages(parseAllowedOrigins("http://localhost:*,https://shop.test"));
const MOONPAY_FRAMES = [
  "check-connection",
  "connect",
  "apple-pay",
  "google-pay",
  "buy",
  "buy-button",
  "widget",
  "challenge",
  "reset",
];

describe("the MoonPay frame pages", () => {
  it.each(MOONPAY_FRAMES)(
    "/platform/v1/%s: served with its tokens kept out of Referer and caches, framed only by allowed origins",
    async (frame) => {
      const response = await pages.request(`/platform/v1/${frame}?channelId=ch_1&clientToken=ct_secret`);
      expect(response.status).toBe(200);
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("cache-control")).toBe("no-store");
      const csp = response.headers.get("content-security-policy")!;
      expect(csp).toContain("frame-ancestors http://localhost:* https://shop.test");
      expect(csp).toContain("script-src 'self'");
      const html = await response.text();
      expect(html).toContain('<meta name="referrer" content="no-referrer" />');
      expect(html).toContain('content="http://localhost:*,https://shop.test"');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    },
  );
});
