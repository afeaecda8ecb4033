/**
 * The globals through which a part's script hands its code to the tag that
 * loaded it (./load-script-part.ts); the loader takes it and removes the name.
 */
export const PART_GLOBALS = {
  connect: "FramelinkMoonPayConnect",
  payments: "FramelinkMoonPayPayments",
  oauth: "FramelinkMoneyKitOAuth",
  run: "FramelinkMoneyKitRun",
  x25519: "FramelinkX25519",
} as const;

/** What the build compiles into the tags for each part: its file name and SRI hash. */
export interface PartFile {
  readonly file: string;
  readonly integrity: string;
}

declare global {
  const __PARTS__: { readonly [K in keyof typeof PART_GLOBALS]: PartFile };
}

/** Leaves a part's code on its global, as a plain property (a top-level `var` could not be deleted). */
export function handOver(global: string, part: object): void {
  (globalThis as Record<string, unknown>)[global] = part;
}
