/**
 * What an integrator's test decides for one customer, instead of naming the
 * customer by a scenario's words. MoonPay's part is keyed by the
 * `externalCustomerId` of `POST /platform/v1/sessions`, MoneyKit's by the
 * link session's `customer_user.id`.
 */
export interface CustomerScenario {
  readonly moonpay?: MoonPayScenario;
  readonly moneykit?: MoneyKitScenario;
}

export interface MoonPayScenario {
  /**
   * Where the customer stands at their next check: `new` (connection
   * required), `returning` (active: no connect flow), `expired` (connected
   * 181 days ago) or `termsAcceptanceRequired`.
   */
  readonly connection?: "new" | "returning" | "expired" | "termsAcceptanceRequired";
  /** How the connect flow ends when the customer accepts: `active`, or a lasting `pending`, `unavailable` or `failed`. */
  readonly connect?: "active" | "pending" | "unavailable" | "failed";
  /** The `reason` of a `failed` connection. Default `kycFailed`. */
  readonly connectFailureReason?: string;
  /** The wallets the customer's (simulated) device has. Default: none. */
  readonly wallets?: readonly ("apple_pay" | "google_pay")[];
  /** Paying needs a challenge (3-D Secure), except in the widget. */
  readonly challenge?: boolean;
  /** How a payment ends: `completed` (after 2.5 s pending) or `failed` at once. */
  readonly payment?: "completed" | "failed";
  /** A failed payment's `failureCode`. Default `card_declined`. */
  readonly failureCode?: string;
  /** A failed payment's `failureReason`. Default: a sentence for the code. */
  readonly failureReason?: string;
}

export interface MoneyKitScenario {
  /**
   * What signing in at a credentials bank does: `success`, `mfa` (a
   * verification code is asked first, at any bank) or `institution_error`
   * (the bank is down). Default: the bank's own behaviour.
   */
  readonly login?: "success" | "mfa" | "institution_error";
  /** What an OAuth bank answers, whichever button is pressed: `approve` or `deny` (`error=access_denied`). */
  readonly oauth?: "approve" | "deny";
}

const MOONPAY_CHOICES = {
  connection: ["new", "returning", "expired", "termsAcceptanceRequired"],
  connect: ["active", "pending", "unavailable", "failed"],
  payment: ["completed", "failed"],
} as const;
const MONEYKIT_CHOICES = { login: ["success", "mfa", "institution_error"], oauth: ["approve", "deny"] } as const;
const CODE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const WALLETS = ["apple_pay", "google_pay"];

/**
 * Reads a scenario from JSON or a caller, into a fresh object of own
 * properties only (what is read is what is kept: a later change to the
 * caller's object, or a field it inherits, changes nothing). A problem is a
 * sentence naming the field.
 */
export function readCustomerScenario(value: unknown): CustomerScenario | { problem: string } {
  if (!isRecord(value)) return { problem: "A scenario is an object: { moonpay?, moneykit? }." };
  const unknown = Object.keys(value).find((key) => key !== "moonpay" && key !== "moneykit");
  if (unknown) return { problem: `Unknown field "${unknown}": a scenario has moonpay and moneykit.` };
  const moonpay = readPart(ownField(value, "moonpay"), "moonpay", {
    ...MOONPAY_CHOICES,
    connectFailureReason: CODE,
    failureCode: CODE,
    failureReason: "text",
    wallets: WALLETS,
    challenge: "boolean",
  });
  if ("problem" in moonpay) return moonpay;
  const moneykit = readPart(ownField(value, "moneykit"), "moneykit", MONEYKIT_CHOICES);
  if ("problem" in moneykit) return moneykit;
  return {
    ...(moonpay.part ? { moonpay: moonpay.part as MoonPayScenario } : {}),
    ...(moneykit.part ? { moneykit: moneykit.part as MoneyKitScenario } : {}),
  };
}

function ownField(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

type Rule = readonly string[] | RegExp | "text" | "boolean";

/** A part's own fields, each checked, copied (a list too) into a fresh object. */
function readPart(
  part: unknown,
  name: string,
  rules: Record<string, Rule>,
): { part?: Record<string, unknown> } | { problem: string } {
  if (part === undefined) return {};
  if (!isRecord(part)) return { problem: `${name} is an object.` };
  const read: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(part)) {
    if (!Object.hasOwn(rules, key)) return { problem: `Unknown field ${name}.${key}.` };
    const rule = rules[key] as Rule;
    if (!fits(value, rule, key)) return { problem: `${name}.${key} is not ${describe(rule, key)}.` };
    read[key] = Array.isArray(value) ? [...value] : value;
  }
  return { part: read };
}

function fits(value: unknown, rule: Rule, key: string): boolean {
  if (rule === "boolean") return typeof value === "boolean";
  if (rule === "text") return typeof value === "string" && value.length > 0 && value.length <= 500;
  if (rule instanceof RegExp) return typeof value === "string" && rule.test(value);
  if (key === "wallets") return Array.isArray(value) && value.every((wallet) => rule.includes(wallet));
  return typeof value === "string" && rule.includes(value);
}

function describe(rule: Rule, key: string): string {
  if (rule === "boolean") return "true or false";
  if (rule === "text") return "a text of 1 to 500 characters";
  if (rule instanceof RegExp) return "a code of letters, digits and _ (at most 64)";
  return key === "wallets" ? `a list of ${rule.join(", ")}` : `one of ${rule.join(", ")}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
