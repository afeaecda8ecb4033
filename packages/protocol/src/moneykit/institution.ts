import { isPlainRecord, own, type Reader, readArray, readOneOf, readString } from "../read.js";

/** Account types, as MoneyKit's Connect for Web docs and `@moneykit/connect` name them. */
export const ACCOUNT_TYPES = [
  "depository.cash",
  "depository.checking",
  "depository.savings",
  "depository.prepaid",
  "depository.other",
  "credit_card",
  "loan.general",
  "loan.mortgage",
  "loan.other",
  "investment",
  "other",
] as const;

export type AccountType = (typeof ACCOUNT_TYPES)[number];

export type SelectedAccount = {
  account_id: string;
  account_type: AccountType;
  name: string;
  account_mask: string | null;
};

export type TrackedScreen = {
  tag: string;
  name: string;
  /** Milliseconds the user spent on the screen. */
  duration: number;
};

export const SEARCH_GROUPS = ["primary", "secondary", "tertiary"] as const;

/** An institution, as `@moneykit/connect` 0.3.28 types it (the fields MoneyKit's Connect for Web docs list, and `search_group`, `is_featured`, `providers`). */
export type Institution = {
  avatar: string | null;
  avatar_dark: string | null;
  color: string;
  color_dark: string | null;
  country: string;
  domain: string;
  id: string;
  logo: string | null;
  logo_dark: string | null;
  name: string;
  search_group: (typeof SEARCH_GROUPS)[number];
  is_featured?: boolean | null;
  providers?: string[] | null;
};

/** The institution a link was made to, with what the user picked (“LinkedInstitution” in MoneyKit's Connect for Web docs). */
export type LinkedInstitution = Institution & {
  selectedAccounts: SelectedAccount[];
  trackedScreens: TrackedScreen[];
};

const readNullableString = (value: unknown): string | null | undefined => (value === null ? null : readString(value));
const readAccountType = readOneOf(ACCOUNT_TYPES);

const readSelectedAccount: Reader<SelectedAccount> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const account_id = readString(own(value, "account_id"));
  const account_type = readAccountType(own(value, "account_type"));
  const name = readString(own(value, "name"));
  const account_mask = readNullableString(own(value, "account_mask"));
  if (!account_id || !account_type || !name || account_mask === undefined) return undefined;
  return { account_id, account_type, name, account_mask };
};

const readTrackedScreen: Reader<TrackedScreen> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const tag = readString(own(value, "tag"));
  const name = readString(own(value, "name"));
  const duration = own(value, "duration");
  if (!tag || !name || typeof duration !== "number" || !Number.isFinite(duration) || duration < 0) return undefined;
  return { tag, name, duration };
};

export const readLinkedInstitution: Reader<LinkedInstitution> = (value) => {
  if (!isPlainRecord(value)) return undefined;
  const strings = ["color", "country", "domain", "id", "name"] as const;
  const nullable = ["avatar", "avatar_dark", "color_dark", "logo", "logo_dark"] as const;
  const out: Record<string, unknown> = {};
  for (const key of strings) {
    const read = readString(own(value, key));
    if (read === undefined) return undefined;
    out[key] = read;
  }
  for (const key of nullable) {
    const read = readNullableString(own(value, key));
    if (read === undefined) return undefined;
    out[key] = read;
  }
  const selectedAccounts = readArray(readSelectedAccount, 64)(own(value, "selectedAccounts"));
  const trackedScreens = readArray(readTrackedScreen, 64)(own(value, "trackedScreens"));
  if (!selectedAccounts || !trackedScreens) return undefined;
  // Tolerated missing, as older Connect versions sent no search group.
  const searchGroup = own(value, "search_group");
  const search_group = searchGroup === undefined ? "primary" : readOneOf(SEARCH_GROUPS)(searchGroup);
  if (!search_group) return undefined;
  const featured = own(value, "is_featured");
  if (featured !== undefined && featured !== null && typeof featured !== "boolean") return undefined;
  const providers = own(value, "providers");
  const providerList = providers === undefined || providers === null ? providers : readArray(readString, 32)(providers);
  if (providerList === undefined && providers !== undefined) return undefined;
  return {
    ...(out as Omit<Institution, "search_group" | "is_featured" | "providers">),
    search_group,
    ...(featured === undefined ? {} : { is_featured: featured as boolean | null }),
    ...(providerList === undefined ? {} : { providers: providerList }),
    selectedAccounts,
    trackedScreens,
  };
};
