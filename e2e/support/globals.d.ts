// What the seed fixture page (fixtures/seed/index.ts) puts on window. That
// page is type-checked apart, without strict null checks, so it is declared here.
declare global {
  interface Window {
    seed: {
      checkConnectionSample(sessionToken: string): Promise<void>;
      connectFlowSample(sessionToken: string): Promise<void>;
    };
    seedMoneyKit: { linkSample(linkSessionToken: string): void };
  }
}

export {};
