import { CONNECT_EVENTS, encodeFrameMessage, readFrameEvent } from "@framelink/protocol";
import { FUZZ_CHANNEL, hostileMessage, prototypeSnapshot } from "@framelink/test";
import fc from "fast-check";
import { expect, it } from "vitest";
import { startConversation } from "./frame-conversation.js";

// Issue 12: the page's listener of MoonPay's frames protocol, fed 10,000
// hostile messages (objects and JSON strings) by the frame's own window at
// the frame's origin, the one sender that gets past the window and origin
// check. Nothing throws, no prototype is touched, only well-formed events
// reach the client, and the conversation still works afterwards.

const RUNS = 10_000;
const FRAME_ORIGIN = "https://blocks.moonpay.test";

it(`${RUNS} hostile messages from the frame itself: no throw, no prototype touched, only documented events taken`, () => {
  const before = prototypeSnapshot();
  const listeners = new Set<(event: Partial<MessageEvent>) => void>();
  const frame = { postMessage: () => undefined };
  const deliver = (data: unknown) => {
    for (const listener of listeners) listener({ data, origin: FRAME_ORIGIN, source: frame as unknown as Window });
  };
  const taken: unknown[] = [];
  const conversation = startConversation({
    events: CONNECT_EVENTS,
    remoteWindow: () => frame as unknown as Window,
    frameOrigin: FRAME_ORIGIN,
    channelId: FUZZ_CHANNEL,
    handshakeTimeoutMs: 60_000,
    onEvent: (event) => taken.push(event),
    listenOn: {
      addEventListener: (_: string, listener: (event: Partial<MessageEvent>) => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: (event: Partial<MessageEvent>) => void) => listeners.delete(listener),
    } as unknown as Window,
  });
  deliver(encodeFrameMessage(FUZZ_CHANNEL, "handshake"));
  for (const message of fc.sample(hostileMessage, { numRuns: RUNS, seed: 12 })) deliver(message);
  for (const event of taken)
    expect(
      readFrameEvent(
        CONNECT_EVENTS,
        encodeFrameMessage(FUZZ_CHANNEL, (event as { kind: string }).kind, (event as { payload: unknown }).payload),
        FUZZ_CHANNEL,
      ),
    ).toBeDefined();
  expect(prototypeSnapshot()).toBe(before);
  const count = taken.length;
  deliver(encodeFrameMessage(FUZZ_CHANNEL, "ready"));
  expect(taken).toHaveLength(count + 1);
  conversation.end();
}, 60_000);
