import type { Message, MessageHandler, Messenger } from "penpal";

// penpal reaches for `window.setTimeout`; in Node the global object stands in.
(globalThis as { window?: unknown }).window ??= globalThis;

/**
 * Two messengers joined back to back in memory, like two windows with a
 * perfect postMessage between them: penpal's protocol runs unchanged on top,
 * without a DOM. `drop()` makes one side deaf, to simulate a frame that never answers.
 */
export function messengerPair(): [FakeMessenger, FakeMessenger] {
  const a = new FakeMessenger();
  const b = new FakeMessenger();
  a.peer = b;
  b.peer = a;
  return [a, b];
}

export class FakeMessenger implements Messenger {
  peer: FakeMessenger | undefined;
  handlers = new Set<MessageHandler>();
  deaf = false;
  sent: Message[] = [];
  #validate: ((data: unknown) => data is Message) | undefined;

  initialize = ({ validateReceivedMessage }: { validateReceivedMessage: (data: unknown) => data is Message }) => {
    this.#validate = validateReceivedMessage;
  };
  sendMessage = (message: Message) => {
    this.sent.push(message);
    const peer = this.peer;
    const copy = structuredClone(message);
    setTimeout(() => peer?.receive(copy), 0);
  };
  addMessageHandler = (handler: MessageHandler) => void this.handlers.add(handler);
  removeMessageHandler = (handler: MessageHandler) => void this.handlers.delete(handler);
  destroy = () => this.handlers.clear();

  drop(): void {
    this.deaf = true;
  }

  receive(data: unknown): void {
    if (this.deaf || !this.#validate?.(data)) return;
    for (const handler of this.handlers) handler(data);
  }
}
