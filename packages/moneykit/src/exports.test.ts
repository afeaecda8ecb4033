import { expect, it } from "vitest";
import * as moneykit from "./index.js";

// Every public change shows in review: the runtime exports are part of the contract.
it("exports exactly the public API, with MoneyKit as the default export", () => {
  expect(Object.keys(moneykit).sort()).toEqual(["ExitErrorId", "MONEYKIT_FRAME_ORIGIN", "MoneyKit", "default", "detectOAuthPresentation"]);
  expect(moneykit.default).toBe(moneykit.MoneyKit);
});
