import { describe, expect, it } from "vitest";
import { envelope } from "../envelope.js";
import { parseConnectFrameEvent, parseConnectStart, parseConnectStarted } from "./connect-frame.js";

const KEY = "0f".repeat(32);

describe("connect frame messages", () => {
  it("reads start with and without an appearance", () => {
    expect(parseConnectStart(envelope("c", "start", { clientToken: "ct", publicKey: KEY }), "c")?.payload).toEqual({
      clientToken: "ct",
      publicKey: KEY,
    });
    expect(parseConnectStart(envelope("c", "start", { clientToken: "ct", publicKey: KEY, appearance: "dark" }), "c")?.payload.appearance).toBe("dark");
    expect(parseConnectStart(envelope("c", "start", { clientToken: "ct", publicKey: KEY, appearance: "blue" }), "c")).toBeUndefined();
  });

  it("reads the events the frame emits", () => {
    expect(parseConnectFrameEvent(envelope("c", "ready", null), "c")?.kind).toBe("ready");
    expect(parseConnectFrameEvent(envelope("c", "complete", { status: "unavailable" }), "c")?.payload).toEqual({ status: "unavailable" });
    expect(parseConnectFrameEvent(envelope("c", "error", { code: "generic", message: "m" }), "c")?.payload).toEqual({ code: "generic", message: "m" });
    expect(parseConnectFrameEvent(envelope("c", "ready", { surprise: true }), "c")).toBeUndefined();
    expect(parseConnectFrameEvent(envelope("c", "started", null), "c")).toBeUndefined();
  });

  it("reads the acknowledgement of start only for its channel", () => {
    expect(parseConnectStarted(envelope("c", "started", null), "c")).toBeDefined();
    expect(parseConnectStarted(envelope("d", "started", null), "c")).toBeUndefined();
  });
});
