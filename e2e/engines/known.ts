// Differences an engine shows here that the code it runs cannot fix from the
// files this suite owns. Each is asserted, not skipped: the flow must fail
// with exactly this symptom (the check passes, and the report carries the
// evidence); if it passes, or fails otherwise, the check fails, so a fix
// shows up as "remove this entry".

export interface KnownDifference {
  readonly engine: string;
  /** The flows (by name) it stops. */
  readonly flows: RegExp;
  /** What the failure must say. */
  readonly symptom: RegExp;
  readonly reason: string;
}

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    engine: "firefox",
    flows: /^MoneyKit link, (?:credentials bank:|OAuth bank (?:in a popup, continue|whose))|^hostile:/,
    symptom: /MoneyKit Connect refused its parent: .*location\.ancestorOrigins\[0\] = "null"/,
    reason:
      'issue 18: Firefox 153 shows a parent that embeds with referrerpolicy="no-referrer" as "null" in location.ancestorOrigins ' +
      "(whatwg/html#11560); @framelink/moneykit embeds Connect so, and the mock's Connect (apps/mock-host/frames/moneykit/launcher-link.ts, " +
      'readParentOrigin) takes "null" for a different parent and refuses. The MoonPay frames already read "null" as saying nothing; ' +
      "the published launcher sets no referrer policy and links",
  },
];
