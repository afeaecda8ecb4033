import fc from "fast-check";

// Hostile messages for the fuzz tests: what `postMessage` can
// deliver (structured-cloneable values), shaped like the protocol often
// enough to reach the parsers' deeper branches.

export const FUZZ_CHANNEL = "ch_fuzz";

const KEYS = [
  "ephemeralPublicKey",
  "iv",
  "nonce",
  "ciphertext",
  "customer",
  "reason",
  "flow",
  "identityId",
  "quote",
  "signature",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "then",
  "version",
  "meta",
  "channelId",
  "kind",
  "payload",
  "namespace",
  "channel",
  "type",
  "id",
  "callId",
  "methodPath",
  "args",
  "value",
  "isError",
  "status",
  "credentials",
  "code",
  "message",
  "fieldErrors",
  "transaction",
  "url",
  "redirectUrl",
  "presentation",
  "exchangeableToken",
  "institution",
  "error",
  "name",
  "properties",
];
const KINDS = [
  "handshake",
  "ack",
  "transactionCreated",
  "close",
  "check",
  "complete",
  "error",
  "ready",
  "started",
  "start",
  "event",
  "success",
  "exit",
  "openOAuth",
  "oauthOpened",
  "oauthReturn",
  "oauthHandback",
  "oauthHandbackAck",
  "setQuote",
  "quoteSet",
  "quoteExpired",
  "challenge",
  "unsupported",
  "cancelled",
  "reset",
  "resetDone",
];
const TYPES = ["SYN", "ACK1", "ACK2", "CALL", "REPLY", "DESTROY", "syn", ""];

/**
 * An object with own keys taken from `KEYS` (so `__proto__` is an own
 * property, as `JSON.parse` makes it, not a prototype), values hostile too.
 */
const hostileRecord = (value: fc.Arbitrary<unknown>) =>
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), value), { maxLength: 8 }).map((entries) => {
    const record: Record<string, unknown> = JSON.parse(
      `{${entries.map(([key]) => `${JSON.stringify(key)}:null`).join(",")}}`,
    );
    for (const [key, item] of entries)
      Object.defineProperty(record, key, { value: item, enumerable: true, writable: true, configurable: true });
    return record;
  });

const leaf = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    0,
    -0,
    1,
    -1,
    Number.NaN,
    Infinity,
    true,
    false,
    "",
    "null",
    "*",
    "__proto__",
    FUZZ_CHANNEL,
    "ch_other",
    1n,
  ),
  fc.string({ maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(...KINDS, ...TYPES),
  fc.date(),
  fc.uint8Array({ maxLength: 8 }),
);

const { value: hostileValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("value"), { maxLength: 5 }),
    hostileRecord(tie("value")),
    fc.constant(Object.create(null) as object),
    fc.tuple(tie("value")).map(([inner]) => new Map([["key", inner]])),
    fc.tuple(tie("value")).map(([inner]) => new Set([inner])),
  ),
}));

const envelopeLike = fc.record(
  {
    version: fc.oneof(fc.constant(2), fc.constant(1), hostileValue),
    meta: fc.oneof(fc.record({ channelId: fc.oneof(fc.constant(FUZZ_CHANNEL), hostileValue) }), hostileValue),
    kind: fc.oneof(fc.constantFrom(...KINDS), hostileValue),
    payload: hostileValue,
  },
  { requiredKeys: [] },
);

const transportLike = fc.record(
  {
    namespace: fc.oneof(fc.constant("penpal"), hostileValue),
    channel: fc.oneof(fc.constant(FUZZ_CHANNEL), hostileValue),
    type: fc.oneof(fc.constantFrom(...TYPES), hostileValue),
    participantId: hostileValue,
    id: hostileValue,
    callId: hostileValue,
    methodPath: fc.oneof(
      fc.constantFrom(["emit"], ["check"], ["__proto__"], ["constructor"], ["toString"], []),
      hostileValue,
    ),
    args: fc.oneof(fc.array(fc.oneof(envelopeLike, hostileValue), { maxLength: 3 }), hostileValue),
    value: fc.oneof(envelopeLike, hostileValue),
    isError: hostileValue,
  },
  { requiredKeys: [] },
);

/** Extremes no generator reaches by chance: a huge string, deep nesting, a wide array. */
const extremes = fc.constantFrom<unknown>(
  "x".repeat(1_000_000),
  {
    version: 1,
    meta: { channelId: FUZZ_CHANNEL },
    kind: "complete",
    payload: { status: "active", credentials: "y".repeat(100_000) },
  },
  Array.from({ length: 10_000 }, (_, index) => index),
  JSON.parse(`${"[".repeat(5_000)}${"]".repeat(5_000)}`),
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
  JSON.parse(
    '{"version":1,"meta":{"channelId":"ch_fuzz","__proto__":{"polluted":true}},"kind":"complete","payload":{"__proto__":{"status":"active"}}}',
  ),
  '{"version":2,"meta":{"channelId":"ch_fuzz","__proto__":{"polluted":true}},"kind":"complete","payload":{"__proto__":{"status":"active"}}}',
  `{"version":2,"meta":{"channelId":"ch_fuzz"},"kind":"complete","payload":{"status":"active","credentials":"${"a".repeat(70_000)}"}}`,
);

/** MoonPay's frames speak JSON strings: an envelope as a string, or a string that only starts like one. */
const stringLike = fc.oneof(
  envelopeLike.map((value) => {
    try {
      return JSON.stringify(value) ?? "";
    } catch {
      return "";
    }
  }),
  fc.string({ maxLength: 60 }).map((tail) => `{"version":2,"meta":{"channelId":"${FUZZ_CHANNEL}"},${tail}`),
);

/** One message as `postMessage` could deliver it. */
export const hostileMessage: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileValue },
  { weight: 3, arbitrary: envelopeLike },
  { weight: 3, arbitrary: stringLike },
  { weight: 3, arbitrary: transportLike },
  { weight: 1, arbitrary: extremes },
);

/** Own property names of the prototypes a pollution would touch. */
export function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((proto) => Reflect.ownKeys(proto).map(String).sort().join(","))
    .join("|");
}
