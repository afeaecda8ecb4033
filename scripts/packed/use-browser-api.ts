// Written against the browser packages as a merchant installs them from npm:
// the packed-tarball test type-checks it with moduleResolution bundler and
// node16, without Node's types (a browser bundle has none).

import type { ErrorCode } from "@framelink/frames";
import MoneyKit, { type LinkSuccessCallback, type MoneyKitOptions } from "@framelink/moneykit";
import { type Connection, createClient } from "@framelink/moonpay";
import { decodeFrameMessage } from "@framelink/protocol";
import { useMoneyKitLink, useMoonPayConnection } from "@framelink/react";

export async function browser(
  sessionToken: string,
  linkSessionToken: string,
): Promise<Connection["status"] | ErrorCode> {
  const options: MoneyKitOptions = { colorScheme: "auto" };
  const onLinkSuccess: LinkSuccessCallback = (exchangeableToken, institution, link_id) =>
    void [exchangeableToken, institution.name, link_id];
  const moneykit = new MoneyKit(options);
  if (await moneykit.preload(linkSessionToken))
    moneykit.link(linkSessionToken, onLinkSuccess, (error) => void error?.error_id);
  const client = createClient({ sessionToken });
  if (!client.ok) return client.error.code;
  const connection = await client.value.getConnection();
  return connection.ok ? connection.value.status : connection.error.code;
}

export function hooks(sessionToken: string, linkSessionToken: string | null): string {
  const moonpay = useMoonPayConnection({ sessionToken });
  const link = useMoneyKitLink({ token: linkSessionToken, onSuccess: (success) => void success.exchangeableToken });
  if (link.ready) link.open();
  return `${moonpay.status} ${moonpay.ready} ${link.status} ${link.error?.error_id}`;
}

export function frameMessage(data: unknown): string | undefined {
  return decodeFrameMessage(data, "ch_1")?.kind;
}
