import { describe, expect, it } from "vitest";
import { decodeFrameMessage, encodeFrameMessage, MAX_FRAME_MESSAGE_LENGTH } from "./frame-message.js";

describe("the frames envelope", () => {
  it("is a JSON string with version 2, the channel and the kind, and a payload only when there is one", () => {
    expect(encodeFrameMessage("ch_1", "ack")).toBe('{"version":2,"meta":{"channelId":"ch_1"},"kind":"ack"}');
    expect(JSON.parse(encodeFrameMessage("ch_1", "setQuote", { quote: { signature: "s" } }))).toEqual({
      version: 2,
      meta: { channelId: "ch_1" },
      kind: "setQuote",
      payload: { quote: { signature: "s" } },
    });
  });

  it("reads the documented string, and an object as MoonPay's own sample tolerates", () => {
    const text = '{"version":2,"meta":{"channelId":"ch_1"},"kind":"complete","payload":{"status":"pending"}}';
    expect(decodeFrameMessage(text, "ch_1")).toEqual({ kind: "complete", payload: { status: "pending" } });
    expect(decodeFrameMessage(JSON.parse(text), "ch_1")).toEqual({ kind: "complete", payload: { status: "pending" } });
    expect(decodeFrameMessage('{"version":2,"meta":{"channelId":"ch_1"},"kind":"ready"}', "ch_1")).toEqual({
      kind: "ready",
      payload: undefined,
    });
  });

  it.each([
    ["another channel", '{"version":2,"meta":{"channelId":"ch_2"},"kind":"ready"}'],
    ["another version", '{"version":1,"meta":{"channelId":"ch_1"},"kind":"ready"}'],
    ["a version as a string", '{"version":"2","meta":{"channelId":"ch_1"},"kind":"ready"}'],
    ["no kind", '{"version":2,"meta":{"channelId":"ch_1"}}'],
    ["not JSON", "{version:2"],
    ["JSON that is not an object", "[2]"],
    ["a channel under __proto__", '{"version":2,"meta":{"__proto__":{"channelId":"ch_1"}},"kind":"ready"}'],
    [
      "a string too long to be a message",
      `{"version":2,"meta":{"channelId":"ch_1"},"kind":"ready","payload":"${"x".repeat(MAX_FRAME_MESSAGE_LENGTH)}"}`,
    ],
  ])("refuses %s", (_, text) => {
    expect(decodeFrameMessage(text, "ch_1")).toBeUndefined();
  });

  it("never takes a field from Object.prototype", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.channelId = "ch_1";
    proto.version = 2;
    try {
      expect(decodeFrameMessage({ meta: {}, kind: "ready" }, "ch_1")).toBeUndefined();
      expect(decodeFrameMessage('{"version":2,"meta":{},"kind":"ready"}', "ch_1")).toBeUndefined();
    } finally {
      delete proto.channelId;
      delete proto.version;
    }
  });
});
