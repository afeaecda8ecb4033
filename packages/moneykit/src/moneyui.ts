import type { Theme } from "./theme.js";

/**
 * MoneyKit's default look, the same values `@moneykit/connect` 0.3.28
 * exports as `moneyui`: a starting point to spread and adjust
 * (`{ ...moneyui, colors: { ...moneyui.colors, accent: "#0a7" } }`).
 * Its own module, so that a bundle that never reads it leaves it out.
 */
export const moneyui: Theme = {
  colors: {
    accent: "#0077ff",
    primaryBackground: { light: "#fff", dark: "#212124" },
    secondaryBackground: { light: "#f2f2f5", dark: "#212124" },
    primaryContent: { light: "#fff", dark: "#343438" },
    secondaryContent: { light: "#f5f5f5", dark: "#343438" },
    primaryForeground: { light: "#111", dark: "#fff" },
    secondaryForeground: {
      light: "rgba(67, 67, 76, 0.6)",
      dark: "rgba(235, 235, 245, 0.6)",
    },
    tertiaryForeground: {
      light: "rgba(67, 67, 76, 0.3)",
      dark: "rgba(235, 234, 244, 0.3)",
    },
    primaryFill: {
      light: "rgba(120, 120, 128, 0.2)",
      dark: "rgba(120, 120, 128, 0.36)",
    },
    secondaryFill: {
      light: "rgba(120, 120, 128, 0.16)",
      dark: "rgba(120, 120, 128, 0.32)",
    },
    tertiaryFill: {
      light: "rgba(118, 118, 128, 0.12)",
      dark: "rgba(118, 118, 128, 0.24)",
    },
    success: { light: "#00ca32", dark: "#35DE5F" },
    warning: { light: "#ff9500", dark: "#FF9400" },
    error: { light: "#dd2424", dark: "#FA4242" },
    separator: {
      light: "rgba(60, 60, 67, 0.06)",
      dark: "rgba(84, 84, 88, 0.4)",
    },
    selection: {
      light: "rgba(120, 120, 128, 0.28)",
      dark: "rgba(120, 120, 128, 0.48)",
    },
  },
  typography: {
    fontFamily:
      "Inter, -apple-system, BlinkMacSystemFont, Segoe UI, Roboto, Oxygen, Ubuntu, Cantarell, Fira Sans, Droid Sans, Helvetica Neue, sans-serif",
    largeTitle: {
      size: "34px",
      lineHeight: "41px",
      letterSpacing: "-0.01em",
      weight: 700,
    },
    title1: {
      size: "28px",
      lineHeight: "34px",
      letterSpacing: "0",
      weight: 700,
    },
    title2: {
      size: "22px",
      lineHeight: "28px",
      letterSpacing: "0",
      weight: 700,
    },
    title3: {
      size: "20px",
      lineHeight: "24px",
      letterSpacing: "0",
      weight: 700,
    },
    body: {
      size: "17px",
      lineHeight: "24px",
      letterSpacing: "-0.01em",
      weight: 500,
    },
    smallBody: {
      size: "11px",
      lineHeight: "16px",
      letterSpacing: "-0.0225em",
      weight: 400,
    },
    button: {
      size: "18px",
      lineHeight: "24px",
      letterSpacing: "-1%",
      weight: 700,
    },
    input: {
      size: "18px",
      lineHeight: "24px",
      letterSpacing: "0",
      weight: 500,
    },
  },
  images: {
    close: "/images/close.svg",
    search: "/images/search.svg",
    spinner: "/images/spinner.png",
  },
  spacing: { contentHorizontalInset: "28px", buttonHorizontalInset: "28px" },
  components: {
    navigationBar: { height: "64px" },
    contentView: {
      borderRadius: "12px",
      boxShadow: {
        light: "none",
        dark: "inset 0 0 0 1px rgba(228, 227, 243, 0.04)",
      },
      border: null,
      separatorStyle: "all_except_last",
    },
    button: {
      height: "44px",
      borderRadius: "12px",
      inheritInstitutionColor: true,
      continueTitle: "Continue",
      doneTitle: "Done",
    },
    searchInput: {
      backgroundColor: {
        light: "rgba(118, 118, 128, 0.12)",
        dark: "rgba(118, 118, 128, 0.24)",
      },
      height: "48px",
      borderRadius: "12px",
      border: null,
      alignment: "center",
      focus: { glow: true, backgroundColor: null, border: null, boxShadow: null },
    },
    textField: {
      backgroundColor: null,
      height: "52px",
      borderRadius: "0px",
      boxShadow: null,
      focus: { glow: true, backgroundColor: null, border: null, boxShadow: null },
    },
    progressSpinner: { strokeWidth: 8, diameter: 56, lineCap: "round" },
    icon: { strokeWidth: 8, lineCap: "round" },
    separator: { height: "1px" },
  },
  screens: {
    finder: {
      title: "Connect Your Bank",
      subtitle: null,
      searchPlaceholder: "Search Banks",
      institutionCellBoxShadow: null,
      institutionCellBorderRadius: "12px",
      institutionCellBorder: {
        light: "1px solid rgba(60, 60, 67, 0.125)",
        dark: "1px solid rgba(84, 84, 88, 0.5)",
      },
      institutionCellSpacing: "16px",
      institutionCellBackgroundColor: { light: "#fff", dark: "#212124" },
    },
  },
  modal: {
    borderRadius: "20px",
    boxShadow: {
      light: "0px 2px 4px rgba(0, 0, 0, 0.1), 0 40px 80px rgba(0,0,0,.15)",
      dark: "inset 0 0 0 1px rgba(255, 255, 255, 0.08), 0 0 0 1px black, 0px 6px 18px rgba(0, 0, 0, 0.3)",
    },
    overlayBackgroundColor: {
      light: "rgba(0, 0, 0, 0.4)",
      dark: "rgba(0, 0, 0, 0.75)",
    },
    overlayBackdropFilter: null,
  },
  popover: {
    borderRadius: "24px",
    boxShadow: {
      light: "0px 0px 80px rgba(0, 0, 0, 0.16)",
      dark: "inset 0 0 0 1px rgba(255, 255, 255, 0.08), 0 0 0 1px black, 0px 6px 18px rgba(0, 0, 0, 0.3)",
    },
  },
};
