import { expect, it } from "vitest";
import * as moneykit from "./index.js";

// Every public change shows in review: the runtime exports are part of the contract.
// 0.3.28's runtime exports are default, moneyui, themeTypographyStyleForTextStyle and ThemeTypographyTextStyle.
it("exports 0.3.28's runtime API and Framelink's extras, with MoneyKit as the default export", () => {
  expect(Object.keys(moneykit).sort()).toEqual([
    "CONNECT_SANDBOX",
    "DEFAULT_START_TIMEOUT_MS",
    "ExitErrorId",
    "MONEYKIT_CONNECT_HOST",
    "MoneyKit",
    "ThemeTypographyTextStyle",
    "default",
    "moneyui",
    "themeTypographyStyleForTextStyle",
  ]);
  expect(moneykit.default).toBe(moneykit.MoneyKit);
  expect(moneykit.ThemeTypographyTextStyle.body).toBe(4);
  expect(moneykit.themeTypographyStyleForTextStyle(moneykit.moneyui, moneykit.ThemeTypographyTextStyle.button)).toBe(
    moneykit.moneyui.typography.button,
  );
  expect(moneykit.themeTypographyStyleForTextStyle(moneykit.moneyui, 99 as never)).toBe(
    moneykit.moneyui.typography.body,
  );
});
