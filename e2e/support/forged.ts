/** A linked institution as MoneyKit's `link.complete` carries one, made up: what a forged message would claim. */
export const FORGED_INSTITUTION = {
  avatar: null,
  avatar_dark: null,
  color: "#000000",
  color_dark: null,
  country: "US",
  domain: "forged.example",
  id: "forged",
  logo: null,
  logo_dark: null,
  name: "Forged",
  search_group: "primary",
  selectedAccounts: [],
  trackedScreens: [],
};
