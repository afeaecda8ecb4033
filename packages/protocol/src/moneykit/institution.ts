import { isPlainRecord, own, readArray, readOneOf, readString, type Reader } from "../read.js";

/** Account types, as seed 001 and `@moneykit/connect` name them. */
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

export interface SelectedAccount {
  readonly account_id: string;
  readonly account_type: AccountType;
  readonly name: string;
  readonly account_mask: string | null;
}

export interface TrackedScreen {
  readonly tag: string;
  readonly name: string;
  /** Milliseconds the user spent on the screen. */
  readonly duration: number;
}

/** The institution a link was made to, with what the user picked (seed 001 “LinkedInstitution”). */
export interface LinkedInstitution {
  readonly avatar: string | null;
  readonly avatar_dark: string | null;
  readonly color: string;
  readonly color_dark: string | null;
  readonly country: string;
  readonly domain: string;
  readonly id: string;
  readonly logo: string | null;
  readonly logo_dark: string | null;
  readonly name: string;
  readonly selectedAccounts: readonly SelectedAccount[];
  readonly trackedScreens: readonly TrackedScreen[];
}

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
  return { ...(out as Omit<LinkedInstitution, "selectedAccounts" | "trackedScreens">), selectedAccounts, trackedScreens };
};
