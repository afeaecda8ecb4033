import { describe, expect, it } from "vitest";
import { envelope } from "../envelope.js";
import { parseLinkFrameEvent, parseLinkStart, parseOAuthOpenRequest } from "./connect-frame.js";
import { parseOAuthHandback } from "./oauth-handback.js";

const institution = {
  avatar: null,
  avatar_dark: null,
  color: "#000",
  color_dark: null,
  country: "US",
  domain: "bank.example",
  id: "bank",
  logo: null,
  logo_dark: null,
  name: "Bank",
  selectedAccounts: [{ account_id: "a1", account_type: "depository.checking", name: "Checking", account_mask: "0001" }],
  trackedScreens: [{ tag: "login", name: "login", duration: 1200 }],
};
const meta = { link_type: "link", timestamp: "2026-11-25T00:00:00.000Z", link_session_id: "ls_1" };

describe("MoneyKit Connect messages", () => {
  it("reads every start mode and refuses a continue without a URL", () => {
    expect(parseLinkStart(envelope("c", "start", { mode: "link", linkSessionToken: "t" }), "c")?.payload).toEqual({ mode: "link", linkSessionToken: "t" });
    expect(parseLinkStart(envelope("c", "start", { mode: "continue", redirectUrl: "https://shop.example/r?state=s" }), "c")?.payload.mode).toBe("continue");
    expect(parseLinkStart(envelope("c", "start", { mode: "continue", redirectUrl: "javascript:alert(1)" }), "c")).toBeUndefined();
    expect(parseLinkStart(envelope("c", "start", { mode: "steal", linkSessionToken: "t" }), "c")).toBeUndefined();
  });

  it("reads a success with the whole LinkedInstitution", () => {
    const success = envelope("c", "success", { exchangeableToken: "ex_1", institution });
    expect(parseLinkFrameEvent(success, "c")?.payload).toEqual({ exchangeableToken: "ex_1", institution });
  });

  it.each([
    ["an unknown account type", { ...institution, selectedAccounts: [{ ...institution.selectedAccounts[0], account_type: "crypto" }] }],
    ["a negative duration", { ...institution, trackedScreens: [{ tag: "x", name: "x", duration: -1 }] }],
    ["a missing name", { ...institution, name: undefined }],
  ])("refuses a success with %s", (_, bad) => {
    expect(parseLinkFrameEvent(envelope("c", "success", { exchangeableToken: "ex_1", institution: bad }), "c")).toBeUndefined();
  });

  it("reads events and exits; refuses nested or polluting properties", () => {
    expect(parseLinkFrameEvent(envelope("c", "event", { name: "screen_viewed", properties: { screen: "login" }, meta }), "c")?.payload).toEqual({
      name: "screen_viewed",
      properties: { screen: "login" },
      meta,
    });
    expect(parseLinkFrameEvent(envelope("c", "exit", { error: null }), "c")?.payload).toEqual({ error: null });
    expect(parseLinkFrameEvent(envelope("c", "event", { name: "screen_viewed", properties: { nested: {} }, meta }), "c")).toBeUndefined();
    const polluted = JSON.parse(`{"name":"success","properties":{"__proto__":{"x":1}},"meta":${JSON.stringify(meta)}}`);
    expect(parseLinkFrameEvent(envelope("c", "event", polluted), "c")).toBeUndefined();
    expect(parseLinkFrameEvent(envelope("c", "event", { name: "hacked", properties: {}, meta }), "c")).toBeUndefined();
  });

  it("accepts only http(s) OAuth URLs and hand-backs for the waiting state", () => {
    expect(parseOAuthOpenRequest(envelope("c", "openOAuth", { url: "http://bank.localhost:4802/oauth/authorize?state=s" }), "c")).toBeDefined();
    expect(parseOAuthOpenRequest(envelope("c", "openOAuth", { url: "data:text/html,hi" }), "c")).toBeUndefined();
    const handback = envelope("st_1", "oauthHandback", { redirectUrl: "https://shop.example/r?state=st_1&code=c" });
    expect(parseOAuthHandback(handback, "st_1")).toBeDefined();
    expect(parseOAuthHandback(handback, "st_2")).toBeUndefined();
  });
});
