import { expectTypeOf, it } from "vitest";
import type { ConnectEvent, Connection, Credentials, MoonPayClient, Result } from "./index.js";
import { createClient, type FramelinkError } from "./index.js";

it("types the seed's reads", () => {
  expectTypeOf(createClient).returns.toEqualTypeOf<Result<MoonPayClient, FramelinkError>>();
  expectTypeOf<MoonPayClient["getConnection"]>().returns.resolves.toEqualTypeOf<Result<Connection, FramelinkError>>();
  expectTypeOf<Extract<Connection, { status: "active" }>["credentials"]>().toEqualTypeOf<Credentials>();
  expectTypeOf<Extract<ConnectEvent, { kind: "complete" }>["payload"]["frame"]["dispose"]>().toEqualTypeOf<
    () => void
  >();
  expectTypeOf<Extract<ConnectEvent, { kind: "error" }>["payload"]["message"]>().toEqualTypeOf<string>();
});

it("narrows a connection on its status", () => {
  const connection = { status: "pending" } as Connection;
  if (connection.status === "active") expectTypeOf(connection.credentials.accessToken).toEqualTypeOf<string>();
  if (connection.status === "failed") expectTypeOf(connection.reason).toEqualTypeOf<string | undefined>();
  if (connection.status === "pending") {
    // @ts-expect-error: only an active connection has credentials
    void connection.credentials;
  }
});
