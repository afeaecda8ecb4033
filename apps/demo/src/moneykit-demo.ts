import MoneyKit, { type LinkExitError, type LinkedInstitution } from "@framelink/moneykit";

/** The demo's MoneyKit callbacks: log everything, exchange the token on the demo server. */
export function moneyKitCallbacks(log: (line: string) => void, onLinked: (linkId: string) => void) {
  return [
    async (exchangeableToken: string, institution: LinkedInstitution) => {
      log(`onLinkSuccess ${institution.name}: ${institution.selectedAccounts.length} accounts`);
      const response = await fetch("/api/moneykit/exchange", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ exchangeableToken }),
      });
      const body = (await response.json()) as { link_id?: string; error?: { code: string } };
      if (body.link_id) onLinked(body.link_id);
      log(body.link_id ? `exchange → ${body.link_id}` : `exchange error ${body.error?.code}`);
    },
    (error: LinkExitError | null) =>
      log(`onLinkExit ${error ? `${error.error_id}: ${error.displayed_message}` : "(closed by the user)"}`),
    (event: Record<string, unknown>) => {
      const screen = (event.properties as { screen?: unknown } | undefined)?.screen;
      log(`onLinkEvent ${String(event.name)}${typeof screen === "string" ? ` (${screen})` : ""}`);
    },
  ] as const;
}

export async function frameOrigin(): Promise<string> {
  return ((await (await fetch("/config.json")).json()) as { frameOrigin: string }).frameOrigin;
}

export function newMoneyKit(origin: string): MoneyKit {
  return new MoneyKit({
    containerID: "moneykit-container",
    __connectSDKUIHost: origin,
    __applicationName: "Framelink demo shop",
  });
}

/** relink()'s success, as @moneykit/connect 0.3.28 types it: no token to exchange, the repaired link's id. */
export function relinkSuccess(log: (line: string) => void, onLinked: (linkId: string) => void) {
  return (institution: LinkedInstitution, link_id: string) => {
    log(`onRelinkSuccess ${institution.name}: relinked → ${link_id}`);
    if (link_id) onLinked(link_id);
  };
}
