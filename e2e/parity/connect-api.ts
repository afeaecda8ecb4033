// Code written against @moneykit/connect 0.3.28 as its README and .d.ts
// show it, untouched. It type-checks against the real package
// (tsconfig.real.json) and against @framelink/moneykit standing in for it
// (tsconfig.framelink.json): proof that the drop-in's types are the real ones.
import MoneyKit, {
  type AccountType,
  type Institution,
  type LinkEventCallback,
  type LinkExitCallback,
  type LinkExitError,
  type LinkedInstitution,
  type LinkSuccessCallback,
  type MoneyKitColorScheme,
  type MoneyKitDevice,
  type MoneyKitOptions,
  moneyui,
  type RelinkSuccessCallback,
  type Theme,
  type ThemeColors,
  type ThemeDynamicColor,
  type ThemeTypographyStyle,
  ThemeTypographyTextStyle,
  themeTypographyStyleForTextStyle,
} from "@moneykit/connect";

const accent: ThemeDynamicColor = { light: "#0a7", dark: "#3c9" };
const colors: ThemeColors = { ...moneyui.colors, accent };
const theme: Theme = {
  ...moneyui,
  colors,
  screens: { finder: { ...moneyui.screens.finder, title: "Link your bank" } },
};
const body: ThemeTypographyStyle = themeTypographyStyleForTextStyle(theme, ThemeTypographyTextStyle.body);
const colorScheme: MoneyKitColorScheme = "auto";
const device: MoneyKitDevice = "mobile-playground";

const options: MoneyKitOptions = {
  theme,
  colorScheme,
  device,
  stepTimers: true,
  containerID: "moneykit-container",
  __onDemoEvent: (event) => void event,
  __connectSDKUIHost: "https://connect.moneykit.com",
  __applicationName: "Parity shop",
};

const moneykit = new MoneyKit(options);
const readBack: MoneyKitOptions = moneykit.options;

const onLinkSuccess: LinkSuccessCallback = (
  exchangeableToken: string,
  institution: LinkedInstitution,
  link_id: string,
) => {
  const accounts: AccountType[] = institution.selectedAccounts.map((account) => account.account_type);
  const screens: number[] = institution.trackedScreens.map((screen) => screen.duration);
  const plain: Institution = institution;
  void [exchangeableToken, link_id, accounts, screens, plain.search_group, plain.is_featured, plain.providers];
};
const onRelinkSuccess: RelinkSuccessCallback = (institution, link_id) => void [institution.name, link_id];
const onLinkExit: LinkExitCallback = (error: LinkExitError | null) =>
  void (error ? [error.error_id, error.displayed_message, error.request_id] : null);
const onLinkEvent: LinkEventCallback = (event: Record<string, unknown>) => void JSON.stringify(event);

moneykit.link("lst_token", onLinkSuccess, onLinkExit, onLinkEvent);
moneykit.link("lst_token");
moneykit.relink("lst_token", onRelinkSuccess, onLinkExit, onLinkEvent);
moneykit.continue(window.location.href, onLinkSuccess, onLinkExit, onLinkEvent);
moneykit.__linkDirect("lst_token", onLinkSuccess, onLinkExit, onLinkEvent);
moneykit.__relinkDirect("lst_token", onRelinkSuccess, onLinkExit, onLinkEvent);
moneykit.__continueDirect(window.location.href, onLinkSuccess, onLinkExit, onLinkEvent);

// The README's inline style: parameters typed by context.
new MoneyKit().link(
  "lst_token",
  (exchangeableToken, institution) => void [exchangeableToken, institution.name],
  (error) => void error?.error_id,
  (event) => void JSON.stringify(event),
);

export { body, readBack };
