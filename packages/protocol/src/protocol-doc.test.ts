import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CHALLENGE_EVENTS,
  CHECK_EVENTS,
  CONNECT_EVENTS,
  CONNECT_FRAME_MESSAGES,
  CONNECT_PATHS,
  CONNECTION_STATUSES,
  FRAMES_PROTOCOL_VERSION,
  framePath,
  LAUNCHER_MESSAGES,
  LAUNCHER_VERSION,
  LINK_EVENT_NAMES,
  LINK_SCREENS,
  PARENT_MESSAGES,
  PAYMENT_EVENTS,
  RESET_EVENTS,
  RESUME_CHANNEL,
  SEALED_BOX,
  WIDGET_EVENTS,
} from "./index.js";

// docs/protocol.md is what integrators without the SDK read: every name the
// code accepts must be written there.
const doc = readFileSync(join(import.meta.dirname, "../../../docs/protocol.md"), "utf8");

describe("docs/protocol.md, MoonPay", () => {
  it("names the version, every frame's path and the sealed box's sizes", () => {
    expect(doc).toContain(`{"version":${FRAMES_PROTOCOL_VERSION},"meta":{"channelId":`);
    for (const frame of [
      "check-connection",
      "connect",
      "apple-pay",
      "google-pay",
      "buy",
      "buy-button",
      "widget",
      "reset",
    ] as const) {
      expect(doc).toContain(`\`${framePath(frame)}\``);
    }
    expect(doc).toContain(`\`iv\` (${SEALED_BOX.ivBytes} bytes)`);
    expect(doc).toContain(`${SEALED_BOX.tagBytes}-byte tag`);
    expect(doc).toContain("salt: empty, info: empty");
  });

  it.each(CONNECTION_STATUSES)("documents the status %s", (status) => {
    expect(doc).toContain(`\`${status}\``);
  });

  const kinds = [
    CHECK_EVENTS,
    CONNECT_EVENTS,
    PAYMENT_EVENTS,
    WIDGET_EVENTS,
    CHALLENGE_EVENTS,
    RESET_EVENTS,
    PARENT_MESSAGES,
  ].flatMap((table) => Object.keys(table));
  it.each([...new Set(kinds)])("documents the message %s", (kind) => {
    expect(doc).toContain(`\`${kind}`);
  });
});

describe("docs/protocol.md, MoneyKit", () => {
  it("names Connect's paths, the launcher version and the resume channel", () => {
    for (const path of Object.values(CONNECT_PATHS)) expect(doc).toContain(`{host}${path}`);
    expect(doc).toContain(`\`${LAUNCHER_VERSION}\``);
    expect(doc).toContain(`\`${RESUME_CHANNEL}\``);
  });

  it.each([
    ...Object.keys(CONNECT_FRAME_MESSAGES),
    ...Object.keys(LAUNCHER_MESSAGES),
    "link.resume",
    "link.resume_taken",
    "demo.link.event",
  ])("documents the message %s", (type) => {
    expect(doc).toContain(`\`${type}\``);
  });

  it.each([...LINK_EVENT_NAMES, ...LINK_SCREENS, "popup", "tab", "redirect"])("documents MoneyKit's %s", (name) => {
    expect(doc).toContain(`\`${name}\``);
  });
});
