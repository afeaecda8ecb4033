import { describe, expect, it } from "vitest";
import { MoneyKit } from "./moneykit.js";
import { MONEYKIT_FRAME_ORIGIN, readMoneyKitOptions } from "./options.js";

describe("MoneyKit options", () => {
  it("defaults to MoneyKit's Connect host and generous OAuth timeouts", () => {
    expect(readMoneyKitOptions(undefined)).toMatchObject({ frameOrigin: MONEYKIT_FRAME_ORIGIN, oauthClosedGraceMs: 60_000, oauthTimeoutMs: 600_000 });
  });

  it.each([
    { containerID: "" },
    { frameOrigin: "connect.moneykit.com" },
    { theme: { appearance: "blue" } },
    { device: "watch" },
    { oauthPresentation: "iframe" },
    { oauthTimeoutMs: -1 },
    { applicationName: "x".repeat(65) },
  ])("explains what is wrong with %o", (options) => {
    expect(typeof readMoneyKitOptions(options)).toBe("string");
  });

  it("never throws from the constructor, and reports bad options through onLinkExit", async () => {
    const moneykit = new MoneyKit({ frameOrigin: "nope" });
    const error = await new Promise((resolve) => moneykit.link("lst_0123456789", undefined, resolve));
    expect(error).toMatchObject({ error_id: "invalid_options", request_id: null });
  });

  it("reports a missing DOM (server-side rendering) through onLinkExit", async () => {
    const error = await new Promise((resolve) => new MoneyKit().link("lst_0123456789", undefined, resolve));
    expect(error).toMatchObject({ error_id: "no_document" });
  });

  it("refuses a redirect URL without a state", async () => {
    const error = await new Promise((resolve) => new MoneyKit().continue("https://shop.example/return", undefined, resolve));
    expect(error).toMatchObject({ error_id: "invalid_redirect_url" });
  });
});
