import { FUZZ_CHANNEL, hostileMessage, prototypeSnapshot } from "@framelink/test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as protocol from "./index.js";

// Issue 8: every parser and reader the SDK and the frames run on received
// data, fed 10,000 hostile messages. None may throw, touch a prototype, or
// accept what is not a well-formed message of its kind on its channel.

const RUNS = 10_000;

type Parser = (value: unknown, channel: string) => unknown;

// MoonPay's frames are read through one reader and a table per frame: each
// table is fuzzed as a parser of its own.
const TABLES = [
  "CHECK_EVENTS",
  "CONNECT_EVENTS",
  "PAYMENT_EVENTS",
  "WIDGET_EVENTS",
  "CHALLENGE_EVENTS",
  "RESET_EVENTS",
] as const;
const frameParsers: [string, Parser][] = TABLES.map((table) => [
  `parse ${table}`,
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the fuzz run walks every table the package exports, by name.
  (value, channel) => protocol.readFrameEvent(protocol[table], value, channel),
]);

const parsers = [
  ...(Object.entries(protocol) as [string, unknown][]).filter(
    (entry): entry is [string, Parser] =>
      typeof entry[1] === "function" && /^(parse|read)/.test(entry[0]) && entry[0] !== "readFrameEvent",
  ),
  ...frameParsers,
  ["parse parent messages", protocol.readParentMessage as Parser],
  ["parse decodeFrameMessage", protocol.decodeFrameMessage as Parser],
  // MoneyKit Connect's messages carry no channel: their tables are fuzzed as readers.
  ["read CONNECT_FRAME_MESSAGES", (value) => protocol.readConnectMessage(protocol.CONNECT_FRAME_MESSAGES, value)],
  ["read LAUNCHER_MESSAGES", (value) => protocol.readConnectMessage(protocol.LAUNCHER_MESSAGES, value)],
] as [string, Parser][];

describe("fuzz: every parser of received data", () => {
  it("covers the parsers the package exports", () => {
    expect(parsers.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "readTransportMessage",
        "parse CHECK_EVENTS",
        "parse CONNECT_EVENTS",
        "readSealedBox",
        "readQuote",
        "read CONNECT_FRAME_MESSAGES",
        "readResumeMessage",
        "readLinkedInstitution",
      ]),
    );
    expect(parsers.length).toBeGreaterThanOrEqual(30);
  });

  it(`${RUNS} hostile messages: no throw, no prototype touched, nothing accepted off its channel`, () => {
    const before = prototypeSnapshot();
    let accepted = 0;
    fc.assert(
      fc.property(hostileMessage, (message) => {
        for (const [name, parse] of parsers) {
          // A throw fails the property, naming the message (fast-check shrinks it).
          const result = parse(message, FUZZ_CHANNEL);
          if (result === undefined) continue;
          accepted++;
          // Whatever a parser returns is its own plain data, never the message itself.
          if (typeof result === "object" && result !== null) expect(result).not.toBe(message);
          // A message addressed to another channel is never accepted.
          if (/^parse/.test(name)) expect(parse(message, "ch_someone_else"), name).toBeUndefined();
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS, seed: 8 },
    );
    expect(prototypeSnapshot()).toBe(before);
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
