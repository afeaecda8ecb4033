import { describe, expect, it } from "vitest";
import { envelope, PROTOCOL_VERSION } from "../envelope.js";
import { MAX_STRING_LENGTH } from "../read.js";
import { parseCheckReply, parseCheckRequest } from "./check-frame.js";

const KEY = "a".repeat(64);
const channelId = "ch_1";

describe("parseCheckReply", () => {
  it("reads a complete reply with credentials", () => {
    const reply = envelope(channelId, "complete", { status: "active", credentials: "box" });
    expect(parseCheckReply(reply, channelId)).toEqual(reply);
  });

  it("reads statuses without credentials and a failed reason", () => {
    expect(parseCheckReply(envelope(channelId, "complete", { status: "pending" }), channelId)?.payload).toEqual({ status: "pending" });
    expect(parseCheckReply(envelope(channelId, "complete", { status: "failed", reason: "kycFailed" }), channelId)?.payload).toEqual({
      status: "failed",
      reason: "kycFailed",
    });
  });

  it("reads a validation error with its field errors", () => {
    const payload = { code: "validationError", message: "no", fieldErrors: [{ field: "sessionToken", code: "sessionTokenUsed", message: "used" }] };
    expect(parseCheckReply(envelope(channelId, "error", payload), channelId)?.payload).toEqual(payload);
  });

  it.each([
    ["another channel", envelope("ch_2", "complete", { status: "pending" })],
    ["another version", { ...envelope(channelId, "complete", { status: "pending" }), version: PROTOCOL_VERSION + 1 }],
    ["an unknown kind", envelope(channelId, "surprise", { status: "pending" })],
    ["an unknown status", envelope(channelId, "complete", { status: "great" })],
    ["active without credentials", envelope(channelId, "complete", { status: "active" })],
    ["failed without reason", envelope(channelId, "complete", { status: "failed" })],
    ["an oversized field", envelope(channelId, "complete", { status: "active", credentials: "x".repeat(MAX_STRING_LENGTH + 1) })],
    ["an unknown error code", envelope(channelId, "error", { code: "weird", message: "m" })],
    ["a string", JSON.stringify(envelope(channelId, "complete", { status: "pending" }))],
    ["null", null],
    ["an array", [1, 2]],
    ["a class instance", Object.assign(new (class Message {})(), envelope(channelId, "complete", { status: "pending" }))],
  ])("refuses %s", (_, value) => {
    expect(parseCheckReply(value, channelId)).toBeUndefined();
  });

  it("never reads inherited or __proto__ fields, and returns only known ones", () => {
    const polluted = JSON.parse(
      `{"version":1,"meta":{"channelId":"${channelId}"},"kind":"complete","payload":{"status":"pending","__proto__":{"status":"active"},"extra":1}}`,
    );
    const parsed = parseCheckReply(polluted, channelId);
    expect(parsed?.payload).toEqual({ status: "pending" });
    expect(Object.getPrototypeOf(parsed?.payload)).toBe(Object.prototype);
    const inherited = Object.create({ version: 1, meta: { channelId }, kind: "complete", payload: { status: "pending" } });
    expect(parseCheckReply(inherited, channelId)).toBeUndefined();
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });
});

describe("parseCheckRequest", () => {
  it("reads the first request with a token and later ones without", () => {
    expect(parseCheckRequest(envelope(channelId, "check", { sessionToken: "t", publicKey: KEY }), channelId)?.payload).toEqual({
      sessionToken: "t",
      publicKey: KEY,
    });
    expect(parseCheckRequest(envelope(channelId, "check", { publicKey: KEY }), channelId)?.payload).toEqual({ publicKey: KEY });
  });

  it("refuses a public key that is not 32 bytes of hex", () => {
    expect(parseCheckRequest(envelope(channelId, "check", { publicKey: "ab" }), channelId)).toBeUndefined();
    expect(parseCheckRequest(envelope(channelId, "check", { publicKey: "Z".repeat(64) }), channelId)).toBeUndefined();
  });
});
