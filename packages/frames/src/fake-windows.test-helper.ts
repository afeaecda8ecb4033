type Listener = (event: MessageEvent) => void;

/**
 * A window with just enough of `postMessage` for the channel and for penpal:
 * delivery is asynchronous, the data is cloned, a `targetOrigin` that does not
 * match drops the message (as browsers do), and the event carries `origin`,
 * `source` and transferred ports. `reload()` forgets every listener, like a
 * new document in the same frame.
 */
export class FakeWindow {
  readonly #listeners = new Set<Listener>();
  peer: FakeWindow | undefined;
  readonly setTimeout = globalThis.setTimeout.bind(globalThis);
  readonly clearTimeout = globalThis.clearTimeout.bind(globalThis);

  constructor(readonly origin: string) {}

  addEventListener(type: string, listener: Listener): void {
    if (type === "message") this.#listeners.add(listener);
  }

  removeEventListener(type: string, listener: Listener): void {
    if (type === "message") this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  reload(): void {
    this.#listeners.clear();
  }

  /** Called by the other window's code: the sender is always `peer`, unless a test says who. */
  postMessage(
    data: unknown,
    options: { targetOrigin: string; transfer?: Transferable[] } | string,
    from = this.peer,
  ): void {
    const { targetOrigin, transfer = [] } = typeof options === "string" ? { targetOrigin: options } : options;
    if (targetOrigin !== "*" && targetOrigin !== this.origin) return;
    const event = {
      data: structuredClone(data),
      origin: from?.origin ?? "null",
      source: from,
      ports: transfer.filter((item): item is MessagePort => item instanceof MessagePort),
    } as unknown as MessageEvent;
    setTimeout(() => {
      for (const listener of [...this.#listeners]) listener(event);
    }, 0);
  }
}

export const PARENT_ORIGIN = "https://merchant.example";
export const FRAME_ORIGIN = "https://frames.example";

/**
 * A merchant page and its frame, joined. penpal (the frame's side) reaches
 * for the global `window`, so the frame's window becomes the global one.
 */
export function windowPair(): { parent: FakeWindow; frame: FakeWindow; restore: () => void } {
  const parent = new FakeWindow(PARENT_ORIGIN);
  const frame = new FakeWindow(FRAME_ORIGIN);
  parent.peer = frame;
  frame.peer = parent;
  const global = globalThis as { window?: unknown };
  const previous = global.window;
  global.window = frame;
  return {
    parent,
    frame,
    restore: () => {
      global.window = previous;
    },
  };
}
