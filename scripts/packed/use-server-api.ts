// Written against @framelink/server as a merchant's backend installs it from
// npm: type-checked with moduleResolution node16 and bundler, with Node's
// types (its key objects are node:crypto's).
import { createMoneyKitClient, createMoonPayClient, type ServerError } from "@framelink/server";

export function server(): ServerError | undefined {
  const moonpay = createMoonPayClient({ secretKey: "sk_test_123" });
  if (!moonpay.ok) return moonpay.error;
  const moneykit = createMoneyKitClient({ clientId: "id", clientSecret: "secret" });
  return moneykit.ok ? undefined : moneykit.error;
}
