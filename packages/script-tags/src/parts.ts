// The parts the packages load on first use, as the script-tag build makes
// them: one file each, loaded with its SRI hash by the tag that needs it. A
// bundler splits these off by itself (`import()` in each package's
// part-sources.ts); a script tag cannot, so build.ts builds each part as a file
// of its own and swaps each package's part-sources module for the one below
// that loads those files. This registry is what both read.

/** A package whose part-sources module the tags swap. */
export type PartPackage = "moonpay" | "moneykit" | "frames";

export interface PartSpec {
  /** The package the part belongs to: its `src/part-sources.ts` names the part by the same key. */
  readonly pkg: PartPackage;
  /** The module the part file hands over, from the package's `src/`. */
  readonly module: string;
  /** The file name next to the tags. */
  readonly file: string;
  /** When a tag loads it, for the manifest and the README. */
  readonly loadedBy: string;
}

export const PARTS = {
  connect: {
    pkg: "moonpay",
    module: "connect-flow.ts",
    file: "framelink-moonpay-connect.js",
    loadedBy: "the MoonPay tags, when a client is created (while the check frame loads)",
  },
  payments: {
    pkg: "moonpay",
    module: "payments.ts",
    file: "framelink-moonpay-payments.js",
    loadedBy: "the MoonPay tags, once a client holds authenticated credentials, or on the first payment call",
  },
  run: {
    pkg: "moneykit",
    module: "connect-run.ts",
    file: "framelink-moneykit-connect.js",
    loadedBy: "the MoneyKit tags, when `new MoneyKit()` is created",
  },
  oauth: {
    pkg: "moneykit",
    module: "oauth-part.ts",
    file: "framelink-moneykit-oauth.js",
    loadedBy: "the MoneyKit tags, when `continue()` runs on the redirect page",
  },
  x25519: {
    pkg: "frames",
    module: "x25519-fallback.ts",
    file: "framelink-x25519.js",
    loadedBy: "the MoonPay tags, only in a browser whose Web Crypto has no X25519",
  },
} as const satisfies Record<string, PartSpec>;

export type PartKey = keyof typeof PARTS;

/** The global through which a part file hands its module to the tag that loaded it; the loader removes it at once. */
export const partGlobal = (key: PartKey): string => `__framelinkPart_${key}`;

/** What the build compiles into the tags for each part: its file name and SRI hash. */
export interface CompiledPart {
  readonly file: string;
  readonly integrity: string;
}

declare global {
  /** Defined by the build: every part's file and hash. */
  const __PARTS__: { readonly [K in PartKey]: CompiledPart };
}
