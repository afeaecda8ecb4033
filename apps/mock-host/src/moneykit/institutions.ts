import type { AccountType } from "@framelink/protocol";

export type LoginKind = "credentials" | "mfa" | "oauth" | "oauthIsolated" | "broken";

export interface MockInstitution {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  readonly color: string;
  readonly login: LoginKind;
  readonly accounts: readonly { id: string; type: AccountType; name: string; mask: string | null }[];
}

const everyday = (prefix: string) =>
  [
    { id: `${prefix}_chk`, type: "depository.checking", name: "Everyday Checking", mask: "0001" },
    { id: `${prefix}_sav`, type: "depository.savings", name: "Rainy Day Savings", mask: "0002" },
    { id: `${prefix}_cc`, type: "credit_card", name: "Rewards Card", mask: null },
  ] as const;

/**
 * One institution per path through Connect. Credentials banks accept any
 * username with the password `pass_good`; the MFA code is `123456`. The OAuth
 * banks send the user to the bank origin, where “Approve” or “Deny” decides;
 * the isolated one serves its page with `Cross-Origin-Opener-Policy:
 * same-origin`, which severs the popup from the page that opened it.
 */
export const INSTITUTIONS: readonly MockInstitution[] = [
  {
    id: "plain_bank",
    name: "Plain Savings Bank",
    domain: "plain.example",
    color: "#1f6feb",
    login: "credentials",
    accounts: everyday("plain"),
  },
  {
    id: "mfa_bank",
    name: "MFA Credit Union",
    domain: "mfa.example",
    color: "#8250df",
    login: "mfa",
    accounts: everyday("mfa"),
  },
  {
    id: "oauth_bank",
    name: "OAuth National Bank",
    domain: "oauth.example",
    color: "#1a7f37",
    login: "oauth",
    accounts: everyday("oauth"),
  },
  {
    id: "isolated_bank",
    name: "Isolated OAuth Bank",
    domain: "isolated.example",
    color: "#9a6700",
    login: "oauthIsolated",
    accounts: everyday("iso"),
  },
  { id: "broken_bank", name: "Broken Bank", domain: "broken.example", color: "#cf222e", login: "broken", accounts: [] },
];

export const CREDENTIALS_PASSWORD = "pass_good";
export const MFA_CODE = "123456";

export function institution(id: unknown): MockInstitution | undefined {
  return INSTITUTIONS.find((candidate) => candidate.id === id);
}

/** The institution as seed 001's `LinkedInstitution` shows it, without the user's picks. */
export function publicInstitution(bank: MockInstitution) {
  return {
    avatar: null,
    avatar_dark: null,
    color: bank.color,
    color_dark: null,
    country: "US",
    domain: bank.domain,
    id: bank.id,
    logo: null,
    logo_dark: null,
    name: bank.name,
  };
}

export function isOAuth(bank: MockInstitution): boolean {
  return bank.login === "oauth" || bank.login === "oauthIsolated";
}
