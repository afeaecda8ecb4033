import { type ConnectEvent, createClient, type FrameHandle, type MoonPayClient } from "@framelink/moonpay";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const buttons = { check: $<HTMLButtonElement>("check"), connect: $<HTMLButtonElement>("connect"), dispose: $<HTMLButtonElement>("dispose") };
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
  const created = createClient({ sessionToken: sessionToken ?? "", frameOrigin: config.frameOrigin });
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
  $("credentials").textContent = result.value.status === "active" ? redact(result.value.credentials.accessToken) : "none";
  log(`getConnection → ${result.value.status}`);
});

buttons.connect.addEventListener("click", async () => {
  $("sheet").hidden = false;
  const result = await client!.connect({
    container: $("connect-container"),
    theme: { appearance: $<HTMLInputElement>("dark").checked ? "dark" : "light" },
    onEvent: (event: ConnectEvent) => {
      log(`onEvent ${event.kind}${event.kind === "complete" ? ` → ${event.connection.status}` : ""}${event.kind === "error" ? ` → ${event.payload.code}: ${event.payload.message}` : ""}`);
      if (event.kind !== "complete") return;
      $("status").textContent = event.connection.status;
      if (event.connection.status === "active") $("credentials").textContent = redact(event.connection.credentials.accessToken);
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
