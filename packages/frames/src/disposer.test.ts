import { afterEach, describe, expect, it, vi } from "vitest";
import { createDisposer } from "./disposer.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("createDisposer", () => {
  it("runs every step once, newest first", () => {
    const order: number[] = [];
    const disposer = createDisposer();
    disposer.add(() => order.push(1));
    disposer.add(() => order.push(2));
    disposer.dispose();
    disposer.dispose();
    expect(order).toEqual([2, 1]);
    expect(disposer.disposed).toBe(true);
  });

  it("runs a step added after disposal at once", () => {
    const disposer = createDisposer();
    disposer.dispose();
    const step = vi.fn();
    disposer.add(step);
    expect(step).toHaveBeenCalledOnce();
  });

  it("keeps going when a step throws, and reports the error later", () => {
    vi.useFakeTimers();
    const disposer = createDisposer();
    const after = vi.fn();
    disposer.add(after);
    disposer.add(() => {
      throw new Error("step failed");
    });
    disposer.dispose();
    expect(after).toHaveBeenCalledOnce();
    expect(() => vi.runAllTimers()).toThrow("step failed");
  });
});
