import { afterEach, describe, expect, it, vi } from "vitest";
import { lazyPart, PART_LOAD_TIMEOUT_MS } from "./lazy-part.js";

describe("lazyPart", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reports a load that never ends as loadFailed after PART_LOAD_TIMEOUT_MS, and tries again on the next call", async () => {
    vi.useFakeTimers();
    const load = vi
      .fn()
      .mockReturnValueOnce(new Promise(() => {}))
      .mockResolvedValueOnce("loaded");
    const get = lazyPart(load);
    const stalled = get();
    let settled = false;
    void stalled.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(PART_LOAD_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await stalled).error?.code).toBe("loadFailed");
    expect(await get()).toEqual({ ok: true, value: "loaded" });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("loads once, however many callers ask", async () => {
    const load = vi.fn(async () => ({ part: true }));
    const get = lazyPart(load);
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toEqual({ ok: true, value: { part: true } });
    expect(b.value).toBe(a.value);
    await get();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("reports a failed load as loadFailed, and tries again on the next call", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValueOnce("loaded");
    const get = lazyPart(load);
    const failed = await get();
    expect(failed.error?.code).toBe("loadFailed");
    expect(await get()).toEqual({ ok: true, value: "loaded" });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
