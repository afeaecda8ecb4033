import { describe, expect, it } from "vitest";
import { CONNECTION_LIFETIME_MS, finishConnect, newCustomer, statusOf } from "./scenarios.js";

const now = Date.UTC(2026, 10, 25);

describe("customer scenarios", () => {
  it("a new customer needs a connection, then is active for 180 days", () => {
    const customer = newCustomer("alice", now);
    expect(statusOf(customer, now)).toEqual({ status: "connectionRequired" });
    expect(finishConnect("alice", customer, true, now)).toEqual({ status: "active" });
    expect(statusOf(customer, now + CONNECTION_LIFETIME_MS - 1)).toEqual({ status: "active" });
    expect(statusOf(customer, now + CONNECTION_LIFETIME_MS)).toEqual({ status: "connectionRequired" });
  });

  it("expired- customers connected 181 days ago", () => {
    expect(statusOf(newCustomer("expired-bob", now), now)).toEqual({ status: "connectionRequired" });
  });

  it("terms- customers must accept terms, and are active once they do", () => {
    const customer = newCustomer("terms-carol", now);
    expect(statusOf(customer, now)).toEqual({ status: "termsAcceptanceRequired" });
    expect(finishConnect("terms-carol", customer, true, now)).toEqual({ status: "active" });
  });

  it.each([
    ["pending-dan", { status: "pending" }],
    ["unavailable-erin", { status: "unavailable" }],
    ["failed-frank", { status: "failed", reason: "kycFailed" }],
  ])("%s ends the flow, and later checks, in that status", (id, expected) => {
    const customer = newCustomer(id, now);
    expect(finishConnect(id, customer, true, now)).toEqual(expected);
    expect(statusOf(customer, now)).toEqual(expected);
  });

  it("declining fails this flow only", () => {
    const customer = newCustomer("gina", now);
    expect(finishConnect("gina", customer, false, now)).toEqual({ status: "failed", reason: "customerDeclined" });
    expect(statusOf(customer, now)).toEqual({ status: "connectionRequired" });
  });
});
