import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createVirtualAccountsClient } from "./virtual-accounts-client.js";

// Finding 9: the pages were followed for as long as the API gave a cursor,
// so an API that answers the same cursor again, or a new one forever, kept
// a caller paging without end. Paging now stops on a repeated cursor and
// after `maxPages` pages, with an error each.

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const query = { virtualAccountId: "va_1", pageSize: 1 };

/**
 * A fake API whose every page names `nextCursor(n)` for the n-th request.
 * Past `safetyStop` requests it aborts the call, so that a client that never
 * stops ends the test with ABORTED instead of hanging it.
 */
function fakeApi(nextCursor: (request: number) => string, safetyStop = 1500) {
  const controller = new AbortController();
  const cursorsSent: (string | null)[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    cursorsSent.push(new URL(String(input)).searchParams.get("cursor"));
    if (cursorsSent.length > safetyStop) controller.abort();
    return Response.json({
      nextCursor: nextCursor(cursorsSent.length),
      transactions: [{ id: `tx_${cursorsSent.length}` }],
    });
  };
  const client = createVirtualAccountsClient({
    baseUrl: "http://127.0.0.1:9",
    publishableKey: "pk_test_1",
    privateKey,
    fetch,
  }).value!;
  return { client, cursorsSent, signal: controller.signal };
}

describe("on-ramp paging has bounds", () => {
  it("stops when the API answers the same cursor forever: PAGING_CURSOR_REPEATED after two requests", async () => {
    const { client, cursorsSent, signal } = fakeApi(() => "same");
    const answer = await client.allOnRampTransactions(query, { signal });
    expect(answer.error?.code).toBe("PAGING_CURSOR_REPEATED");
    expect(cursorsSent).toEqual([null, "same"]);
  });

  it("stops on a cursor that comes back after others (a → b → a), and the iterator yields every page before the error", async () => {
    const { client, cursorsSent, signal } = fakeApi((request) => (request % 2 === 1 ? "a" : "b"));
    const pages = [];
    for await (const page of client.onRampTransactionPages(query, { signal })) pages.push(page);
    expect(cursorsSent).toEqual([null, "a", "b"]);
    expect(pages.map((page) => page.ok)).toEqual([true, true, true, false]);
    expect(pages.at(-1)!.error?.code).toBe("PAGING_CURSOR_REPEATED");
  });

  it("stops after maxPages pages of ever-new cursors: PAGING_LIMIT_EXCEEDED", async () => {
    const { client, cursorsSent, signal } = fakeApi((request) => `c${request}`);
    const answer = await client.allOnRampTransactions(query, { signal, maxPages: 5 });
    expect(answer.error?.code).toBe("PAGING_LIMIT_EXCEEDED");
    expect(cursorsSent).toHaveLength(5);
  });

  it("stops after 1000 pages by default", async () => {
    const { client, cursorsSent, signal } = fakeApi((request) => `c${request}`);
    const answer = await client.allOnRampTransactions(query, { signal });
    expect(answer.error?.code).toBe("PAGING_LIMIT_EXCEEDED");
    expect(cursorsSent).toHaveLength(1000);
  }, 60_000);

  it("refuses a maxPages below 1, before any request", async () => {
    const { client, cursorsSent, signal } = fakeApi(() => "same");
    expect((await client.allOnRampTransactions(query, { signal, maxPages: 0 })).error?.code).toBe("INVALID_ARGUMENT");
    expect(cursorsSent).toEqual([]);
  });
});
