import { describe, expect, it, vi } from "vitest";
import { lazyPart } from "./lazy-part.js";

describe("lazyPart", () => {
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
