import { ErrorCode, err, FramelinkError, ok, type Result } from "@framelink/frames";
import { Client } from "./client.js";
import type { MoonPayClient } from "./moonpay-client.js";
import { type ClientOptions, readClientOptions } from "./options.js";

/**
 * Creates a client for one customer session. Never throws: a missing or
 * malformed token, or a bad option, is an error `Result`. In a browser it
 * starts loading the hidden check frame at once; on a server it does nothing
 * until a method is called.
 */
export function createClient(options: ClientOptions): Result<MoonPayClient, FramelinkError> {
  try {
    const resolved = readClientOptions(options);
    return resolved.ok ? ok(new Client(resolved.value)) : resolved;
  } catch (cause) {
    return err(new FramelinkError(ErrorCode.InvalidOptions, "createClient() could not read its options.", { cause }));
  }
}
