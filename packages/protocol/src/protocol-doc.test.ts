import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  APPLE_PAY_FRAME_PATH,
  CHALLENGE_FRAME_PATH,
  PAYMENT_ERROR_CODES,
  RESET_FRAME_PATH,
  APPEARANCES,
  LINK_EVENT_NAMES,
  LINK_MODES,
  LINK_SCREENS,
  MONEYKIT_CONNECT_PATH,
  OAUTH_HANDBACK_CHANNEL,
  OAUTH_PRESENTATIONS,
  CHECK_FRAME_PATH,
  CONNECT_FRAME_PATH,
  CONNECTION_STATUSES,
  FIELD_ERROR_CODES,
  PROTOCOL_VERSION,
  SEALED_BOX,
} from "./index.js";

// docs/protocol.md is what integrators without the SDK read: every name the
// code accepts must be written there.
const doc = readFileSync(join(import.meta.dirname, "../../../docs/protocol.md"), "utf8");

describe("docs/protocol.md", () => {
  it("names the version, the frames' paths and the sealed box's info string", () => {
    expect(doc).toContain(`version ${PROTOCOL_VERSION}`);
    expect(doc).toContain(`"version": ${PROTOCOL_VERSION}`);
    expect(doc).toContain(CHECK_FRAME_PATH);
    expect(doc).toContain(CONNECT_FRAME_PATH);
    expect(doc).toContain(SEALED_BOX.info);
    expect(doc).toContain(`IV (${SEALED_BOX.ivBytes})`);
    expect(doc).toContain(`tag (${SEALED_BOX.tagBytes})`);
  });

  it.each([...CONNECTION_STATUSES, ...FIELD_ERROR_CODES, ...APPEARANCES])("documents %s", (name) => {
    expect(doc).toContain(`\`${name}\``);
  });

  it.each(["check", "start", "started", "emit", "ready", "complete", "error"])("documents the %s message", (kind) => {
    expect(doc).toContain(`\`${kind}`);
  });

  it("names MoneyKit Connect's path and hand-back channel", () => {
    expect(doc).toContain(MONEYKIT_CONNECT_PATH);
    expect(doc).toContain(`\`${OAUTH_HANDBACK_CHANNEL}\``);
  });

  it.each([...LINK_EVENT_NAMES, ...LINK_SCREENS, ...OAUTH_PRESENTATIONS, ...LINK_MODES])("documents MoneyKit's %s", (name) => {
    expect(doc).toContain(`\`${name}\``);
  });

  it.each(["oauthReturn", "openOAuth", "oauthOpened", "event", "success", "exit", "oauthHandback", "oauthHandbackAck"])(
    "documents the MoneyKit %s message",
    (kind) => {
      expect(doc).toContain(`\`${kind}`);
    },
  );

  it("names the payment frames' paths, error codes and messages", () => {
    expect(doc).toContain(APPLE_PAY_FRAME_PATH);
    expect(doc).toContain(CHALLENGE_FRAME_PATH);
    expect(doc).toContain(RESET_FRAME_PATH);
    for (const code of PAYMENT_ERROR_CODES) expect(doc).toContain(`\`${code}\``);
    for (const kind of ["setQuote", "quoteSet", "quoteExpired", "challenge", "unsupported", "cancelled", "reset", "resetDone"]) {
      expect(doc).toContain(`\`${kind}`);
    }
  });
});
