import { describe, expect, it } from "vitest";
import { nextHeld } from "./held-connection.js";

const authenticated = { accessToken: "at_1", clientToken: "ct_1", authenticated: true };
const anonymous = { clientToken: "ct_anon", authenticated: false };
const active = {
  connection: { status: "active" as const, credentials: { accessToken: "at_1", clientToken: "ct_1" } },
  credentials: authenticated,
};

describe("nextHeld", () => {
  it("takes the first answer, and authenticated credentials over anonymous ones", () => {
    const first = nextHeld({}, { connection: { status: "connectionRequired" }, credentials: anonymous });
    expect(first).toEqual({ connection: { status: "connectionRequired" }, credentials: anonymous });
    expect(nextHeld(first, active)).toEqual(active);
  });

  it("never downgrades: an anonymous answer after authenticated credentials changes nothing", () => {
    expect(nextHeld(active, { connection: { status: "connectionRequired" }, credentials: anonymous })).toBe(active);
  });

  it("never downgrades: a later connect that ends without credentials (declined) keeps the active connection", () => {
    expect(nextHeld(active, { connection: { status: "failed", reason: "customerDeclined" } })).toBe(active);
  });

  it("replaces authenticated credentials with newer authenticated ones", () => {
    const renewed = { connection: active.connection, credentials: { ...authenticated, accessToken: "at_2" } };
    expect(nextHeld(active, renewed)).toEqual(renewed);
  });

  it("keeps anonymous credentials when a status without credentials comes", () => {
    const held = { connection: { status: "connectionRequired" as const }, credentials: anonymous };
    expect(nextHeld(held, { connection: { status: "pending" } })).toEqual({
      connection: { status: "pending" },
      credentials: anonymous,
    });
  });
});
