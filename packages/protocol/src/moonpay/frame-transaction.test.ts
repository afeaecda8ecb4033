import { describe, expect, it } from "vitest";
import { normalizeTransactionStatus } from "./frame-transaction.js";

describe("normalizeTransactionStatus", () => {
  it.each([
    ["completed", "completed"],
    ["complete", "completed"],
    ["failed", "failed"],
    ["pending", "pending"],
    ["waitingAuthorization", "pending"],
    ["waitingPayment", "pending"],
    [undefined, "pending"],
  ])("%s → %s", (word, status) => {
    expect(normalizeTransactionStatus(word)).toBe(status);
  });
});
