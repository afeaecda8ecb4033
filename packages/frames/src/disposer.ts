/**
 * Collects clean-up steps and runs each exactly once, newest first, when
 * `dispose()` is first called. A step added after disposal runs at once, so
 * nothing created during teardown is left behind. A step that throws does not
 * stop the others.
 */
export interface Disposer {
  readonly disposed: boolean;
  add(step: () => void): void;
  dispose(): void;
}

export function createDisposer(): Disposer {
  const steps: (() => void)[] = [];
  let disposed = false;
  const run = (step: () => void) => {
    try {
      step();
    } catch (error) {
      reportLater(error);
    }
  };
  return {
    get disposed() {
      return disposed;
    },
    add(step) {
      if (disposed) run(step);
      else steps.push(step);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (let step = steps.pop(); step; step = steps.pop()) run(step);
    },
  };
}

/** Surfaces an error from code we called (an integrator's callback, a clean-up step) without breaking our own flow. */
export function reportLater(error: unknown): void {
  setTimeout(() => {
    throw error;
  }, 0);
}
