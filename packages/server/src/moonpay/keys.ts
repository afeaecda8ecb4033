import { createPrivateKey, type KeyObject } from "node:crypto";
import { err, ok, type Result } from "../result.js";
import { ServerError, ServerErrorCode } from "../server-error.js";

/** A MoonPay secret key (`sk_test_…`, `sk_live_…`), checked before any request is made. */
export function readSecretKey(key: unknown): Result<string> {
  if (typeof key === "string" && /^sk_(test|live)_\S+$/.test(key)) return ok(key);
  if (typeof key === "string" && key.startsWith("pk_")) {
    return err(
      new ServerError(
        ServerErrorCode.WrongKeyKind,
        "A publishable key (pk_…) was given where a secret key (sk_…) is required.",
      ),
    );
  }
  return err(
    new ServerError(ServerErrorCode.InvalidArgument, "A MoonPay secret key (sk_test_… or sk_live_…) is required."),
  );
}

/** A MoonPay publishable key (`pk_test_…`, `pk_live_…`); a secret key is refused, since this one travels in URLs. */
export function readPublishableKey(key: unknown): Result<string> {
  if (typeof key === "string" && /^pk_(test|live)_[A-Za-z0-9_-]+$/.test(key)) return ok(key);
  if (typeof key === "string" && key.startsWith("sk_")) {
    return err(
      new ServerError(
        ServerErrorCode.WrongKeyKind,
        "A secret key (sk_…) was given where the publishable key (pk_…) goes: it would travel in the URL.",
      ),
    );
  }
  return err(
    new ServerError(ServerErrorCode.InvalidArgument, "A MoonPay publishable key (pk_test_… or pk_live_…) is required."),
  );
}

/** An RSA private key from PEM text or a `KeyObject`, loaded once. */
export function readPrivateKey(key: unknown): Result<KeyObject> {
  try {
    const object = typeof key === "string" ? createPrivateKey(key) : (key as KeyObject);
    if (object?.type !== "private" || object.asymmetricKeyType !== "rsa") throw new Error("not an RSA private key");
    return ok(object);
  } catch (cause) {
    return err(
      new ServerError(
        ServerErrorCode.InvalidArgument,
        "privateKey must be an RSA private key, as PEM or a KeyObject.",
        { cause },
      ),
    );
  }
}
