import { describe, expect, it } from "vitest";
import { encodeFrameMessage } from "./frame-message.js";
import {
  CHALLENGE_EVENTS,
  CHECK_EVENTS,
  framePath,
  PAYMENT_EVENTS,
  readFrameEvent,
  readParentMessage,
  WIDGET_EVENTS,
} from "./frames.js";

const message = (kind: string, payload?: unknown) => encodeFrameMessage("ch_1", kind, payload);
const box = JSON.stringify({ ephemeralPublicKey: "ab".repeat(32), iv: "cd".repeat(12), ciphertext: "ef".repeat(40) });

describe("readFrameEvent", () => {
  it("reads each frame's documented events, and nothing another frame sends", () => {
    expect(readFrameEvent(CHECK_EVENTS, message("handshake"), "ch_1")).toEqual({ kind: "handshake", payload: null });
    expect(readFrameEvent(CHECK_EVENTS, message("complete", { status: "pending" }), "ch_1")).toEqual({
      kind: "complete",
      payload: { status: "pending" },
    });
    expect(readFrameEvent(CHECK_EVENTS, message("ready"), "ch_1")).toBeUndefined();
    expect(readFrameEvent(CHECK_EVENTS, message("toString"), "ch_1")).toBeUndefined();
    expect(
      readFrameEvent(CHECK_EVENTS, message("complete", { status: "active", credentials: box }), "ch_1")?.kind,
    ).toBe("complete");
  });

  it("reads a payment frame's transaction, challenge URL and error", () => {
    const failed = {
      transaction: { status: "failed", failureCode: "transactionNotAllowed", failureReason: "Not allowed" },
    };
    expect(readFrameEvent(PAYMENT_EVENTS, message("complete", failed), "ch_1")?.payload).toEqual(failed);
    expect(
      readFrameEvent(
        PAYMENT_EVENTS,
        message("challenge", { url: "https://blocks.moonpay.com/platform/v1/challenge?challengeToken=t" }),
        "ch_1",
      )?.kind,
    ).toBe("challenge");
    expect(
      readFrameEvent(PAYMENT_EVENTS, message("challenge", { url: "javascript:alert(1)" }), "ch_1"),
    ).toBeUndefined();
    expect(
      readFrameEvent(PAYMENT_EVENTS, message("error", { code: "quoteExpired", message: "Expired" }), "ch_1")?.payload,
    ).toEqual({ code: "quoteExpired", message: "Expired" });
  });

  it("normalises the widget's status words", () => {
    const created = readFrameEvent(
      WIDGET_EVENTS,
      message("transactionCreated", { transaction: { id: "txn_01", status: "waitingAuthorization" } }),
      "ch_1",
    );
    expect(created?.payload).toEqual({ transaction: { id: "txn_01", status: "pending" } });
    expect(
      readFrameEvent(WIDGET_EVENTS, message("complete", { transaction: { id: "txn_01", status: "complete" } }), "ch_1")
        ?.payload,
    ).toEqual({ transaction: { id: "txn_01", status: "completed" } });
  });

  it("reads the challenge's outcome by flow, an older flowless one as buy", () => {
    expect(
      readFrameEvent(CHALLENGE_EVENTS, message("complete", { flow: "identity", identityId: "idn_1" }), "ch_1")?.payload,
    ).toEqual({ flow: "identity", identityId: "idn_1" });
    expect(
      readFrameEvent(CHALLENGE_EVENTS, message("complete", { transaction: { id: "t", status: "pending" } }), "ch_1")
        ?.payload,
    ).toEqual({ flow: "buy", transaction: { id: "t", status: "pending" } });
    expect(readFrameEvent(CHALLENGE_EVENTS, message("complete", { flow: "other" }), "ch_1")).toBeUndefined();
    expect(readFrameEvent(CHALLENGE_EVENTS, message("cancelled", { flow: "buy" }), "ch_1")?.payload).toEqual({
      flow: "buy",
    });
  });
});

describe("readParentMessage", () => {
  it("reads ack and setQuote, in the integrators' shape and the bare one", () => {
    expect(readParentMessage(message("ack"), "ch_1")).toEqual({ kind: "ack", payload: null });
    expect(readParentMessage(message("setQuote", { quote: { signature: "s" } }), "ch_1")?.payload).toEqual({
      signature: "s",
    });
    expect(readParentMessage(message("setQuote", { signature: "s" }), "ch_1")?.payload).toEqual({ signature: "s" });
    expect(readParentMessage(message("setQuote", {}), "ch_1")).toBeUndefined();
    expect(readParentMessage(message("handshake"), "ch_1")).toBeUndefined();
  });
});

it("puts every frame under /platform/v1/", () => {
  expect(framePath("check-connection")).toBe("/platform/v1/check-connection");
});
