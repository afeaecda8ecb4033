import {
  type ConnectEvent,
  createClient,
  type FrameHandle,
  type MoonPayClient,
  type PaymentFrameEvent,
} from "@framelink/moonpay";
import { moneyKitCallbacks, newMoneyKit, relinkSuccess } from "./moneykit-demo.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const buttons = {
  check: $<HTMLButtonElement>("check"),
  connect: $<HTMLButtonElement>("connect"),
  dispose: $<HTMLButtonElement>("dispose"),
  methods: $<HTMLButtonElement>("methods"),
  quote: $<HTMLButtonElement>("quote"),
};
let client: MoonPayClient | undefined;
let frame: FrameHandle | undefined;

function log(line: string): void {
  const item = document.createElement("li");
  item.textContent = `${new Date().toLocaleTimeString()} ${line}`;
  $("log").prepend(item);
}

/** Shows that credentials exist without showing them: a demo page is screenshotted and shared. */
function redact(token: string): string {
  return `${token.slice(0, 5)}…(${token.length} chars)`;
}

function enable(on: boolean): void {
  for (const button of Object.values(buttons)) button.disabled = !on;
}

const config = (await (await fetch("/config.json")).json()) as { frameOrigin: string };

$("session-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(event.target as HTMLFormElement);
  client?.dispose();
  const externalCustomerId = `${data.get("scenario")}${data.get("customer")}`;
  const response = await fetch("/api/moonpay/session", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ externalCustomerId }),
  });
  const { sessionToken } = (await response.json()) as { sessionToken?: string };
  const created = createClient({
    sessionToken: sessionToken ?? "",
    frameBaseUrl: config.frameOrigin,
    apiBaseUrl: config.frameOrigin,
  });
  if (!created.ok) return log(`createClient failed: ${created.error.code}`);
  client = created.value;
  enable(true);
  $("status").textContent = "session ready";
  log(`session created for ${externalCustomerId}`);
});

buttons.check.addEventListener("click", async () => {
  const result = await client!.getConnection();
  if (!result.ok) return log(`getConnection error: ${result.error.code} — ${result.error.message}`);
  $("status").textContent = result.value.status;
  $("credentials").textContent =
    result.value.status === "active" ? redact(result.value.credentials.accessToken) : "none";
  log(`getConnection → ${result.value.status}`);
});

buttons.connect.addEventListener("click", async () => {
  $("sheet").hidden = false;
  const result = await client!.connect({
    container: $("connect-container"),
    theme: { appearance: $<HTMLInputElement>("dark").checked ? "dark" : "light" },
    onEvent: (event: ConnectEvent) => {
      log(
        `onEvent ${event.kind}${event.kind === "complete" ? ` → ${event.connection.status}` : ""}${event.kind === "error" ? ` → ${event.payload.code}: ${event.payload.message}` : ""}`,
      );
      if (event.kind !== "complete") return;
      $("status").textContent = event.connection.status;
      if (event.connection.status === "active")
        $("credentials").textContent = redact(event.connection.credentials.accessToken);
      event.payload.frame.dispose();
      $("sheet").hidden = true;
    },
  });
  if (!result.ok) {
    $("sheet").hidden = true;
    return log(`connect error: ${result.error.code} — ${result.error.message}`);
  }
  frame = result.value;
  log("connect → frame mounted");
});

buttons.dispose.addEventListener("click", () => {
  frame?.dispose();
  client?.dispose();
  client = undefined;
  enable(false);
  $("sheet").hidden = true;
  $("status").textContent = "disposed";
  $("credentials").textContent = "none";
  log("client disposed");
});

buttons.methods.addEventListener("click", async () => {
  const result = await client!.getPaymentMethods();
  if (!result.ok) return log(`getPaymentMethods error: ${result.error.code}`);
  $("methods-list").textContent = result.value.paymentMethodConfigs
    .map(
      (config) =>
        `${config.type}: ${config.availability.active ? "available" : `unavailable (${config.availability.unavailableReason ?? "?"})`}`,
    )
    .join(", ");
  log("getPaymentMethods → ok");
});

$("quote-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(event.target as HTMLFormElement);
  const input = {
    source: "usd",
    destination: "eth",
    sourceAmount: String(data.get("amount")),
    walletAddress: String(data.get("wallet")),
    paymentMethod: "apple_pay",
  };
  const quote = await client!.getQuote(input);
  if (!quote.ok) return log(`getQuote error: ${quote.error.code} — ${quote.error.message}`);
  $("quote-details").hidden = false;
  const { source, destination, fees } = quote.value;
  $("quote-amount").textContent =
    `${destination.amount ?? "?"} ${destination.asset.code} for ${source.amount ?? "?"} ${source.asset.code}`;
  $("quote-fees").textContent = Object.entries(fees)
    .map(([party, fee]) => `${fee.amount ?? "?"} ${fee.asset.code} ${party}`)
    .join(" + ");
  $("quote-expiry").textContent = new Date(quote.value.expiresAt).toLocaleTimeString();
  // A real page shows each disclosure's wording, chosen by its id and version (MoonPay's going-live page).
  $("quote-disclosures").textContent = quote.value.paymentDisclosures
    .map((disclosure) => `${disclosure.id} (v${disclosure.version})`)
    .join(", ");
  log(`getQuote → executable: ${quote.value.executable}`);
  $("pay-container").replaceChildren();
  const applePay = await client!.setupApplePay({
    quote: quote.value.signature,
    container: $("pay-container"),
    onEvent: (payEvent: PaymentFrameEvent) => void onApplePayEvent(payEvent, input),
  });
  if (!applePay.ok) log(`setupApplePay error: ${applePay.error.code}`);
});

async function onApplePayEvent(
  event: PaymentFrameEvent,
  input: Parameters<MoonPayClient["getQuote"]>[0],
): Promise<void> {
  log(`Apple Pay ${event.kind}${event.kind === "error" ? ` → ${event.payload.code}` : ""}`);
  if (event.kind === "error" && event.payload.code === "quoteExpired") {
    const fresh = await client!.getQuote(input);
    if (fresh.ok) event.payload.frame.setQuote(fresh.value);
  } else if (event.kind === "challenge") {
    await client!.setupChallenge({
      url: event.payload.url,
      container: $("challenge-container"),
      onEvent: (challenge) => {
        log(`challenge ${challenge.kind}`);
        if (challenge.kind === "complete" || challenge.kind === "cancelled") challenge.payload.frame.dispose();
        if (challenge.kind === "complete" && challenge.payload.flow === "buy" && challenge.payload.transaction.id)
          void follow(challenge.payload.transaction.id);
      },
    });
  } else if (event.kind === "complete") {
    if (event.payload.transaction.id) void follow(event.payload.transaction.id);
    else $("transaction").textContent = event.payload.transaction.status;
  }
}

async function follow(id: string): Promise<void> {
  $("transaction").textContent = `${id}: pending`;
  const settled = await client!.waitForTransaction(id);
  const failure = settled.ok ? settled.value.stages.find((stage) => stage.failureReason)?.failureReason : undefined;
  $("transaction").textContent = settled.ok
    ? `${id}: ${settled.value.status}${failure ? ` (${failure})` : ""}`
    : `error ${settled.error.code}`;
  log(`transaction ${settled.ok ? settled.value.status : settled.error.code}`);
}

const moneykit = newMoneyKit(config.frameOrigin);
let linkId: string | undefined;
const mkButtons = {
  accounts: $<HTMLButtonElement>("mk-accounts"),
  expire: $<HTMLButtonElement>("mk-expire"),
  relink: $<HTMLButtonElement>("mk-relink"),
};
const callbacks = moneyKitCallbacks(log, (id) => {
  linkId = id;
  $("mk-link-id").textContent = id;
  mkButtons.accounts.disabled = false;
  mkButtons.expire.disabled = false;
});

async function linkSession(existingLinkId?: string): Promise<string | undefined> {
  const response = await fetch("/api/moneykit/link-session", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ userId: "demo-user", ...(existingLinkId ? { existingLinkId } : {}) }),
  });
  const body = (await response.json()) as { link_session_token?: string; error?: { code: string } };
  if (!body.link_session_token) log(`link session error ${body.error?.code}`);
  return body.link_session_token;
}

$("mk-link").addEventListener("click", async () => {
  const token = await linkSession();
  if (token) moneykit.link(token, ...callbacks);
});

mkButtons.accounts.addEventListener("click", async () => {
  const response = await fetch(`/api/moneykit/links/${encodeURIComponent(linkId!)}/accounts`);
  const body = (await response.json()) as {
    accounts?: { name: string; account_mask: string | null }[];
    error?: { code: string };
  };
  if (body.error) {
    log(`accounts error ${body.error.code}`);
    $("mk-accounts-list").replaceChildren();
    if (body.error.code === "AUTH_EXPIRED") mkButtons.relink.disabled = false;
    return;
  }
  $("mk-accounts-list").replaceChildren(
    ...(body.accounts ?? []).map((account) => {
      const item = document.createElement("li");
      item.textContent = `${account.name}${account.account_mask ? ` ••${account.account_mask}` : ""}`;
      return item;
    }),
  );
  log(`accounts → ${body.accounts?.length ?? 0}`);
});

mkButtons.expire.addEventListener("click", async () => {
  await fetch(`/api/moneykit/links/${encodeURIComponent(linkId!)}/expire`, { method: "POST" });
  log("link expired (mock host switch)");
});

mkButtons.relink.addEventListener("click", async () => {
  const token = await linkSession(linkId);
  if (token)
    moneykit.relink(
      token,
      relinkSuccess(log, (id) => (linkId = id)),
      callbacks[1],
      callbacks[2],
    );
  mkButtons.relink.disabled = true;
});
