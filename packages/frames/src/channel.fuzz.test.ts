import { CONNECT_FRAME_MESSAGES, readConnectMessage, readTransportMessage } from "@framelink/protocol";
import { FUZZ_CHANNEL, hostileMessage, prototypeSnapshot } from "@framelink/test";
import fc from "fast-check";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { openChannel } from "./channel.js";
import { FRAME_ORIGIN, windowPair } from "./fake-windows.test-helper.js";

// Issue 8: the page's channel listeners (the window's, before and after the
// handshake, and the private port's) fed 10,000 hostile messages by the frame
// itself, the one sender whose messages get past the window and origin check.

vi.mock("nanoid", () => ({ nanoid: () => "00000000" }));

const RUNS = 10_000;
let pair: ReturnType<typeof windowPair>;
beforeEach(() => {
  pair = windowPair();
});
afterEach(() => pair.restore());

/** A frame that speaks the transport by hand (it leads the handshake), so it can also send anything at all. */
function rawFrame() {
  let port: MessagePort | undefined;
  const replies: unknown[] = [];
  const toParent = (data: unknown, transfer: Transferable[] = []) =>
    pair.parent.postMessage(data, { targetOrigin: "*", transfer }, pair.frame);
  const base = { namespace: "penpal", channel: FUZZ_CHANNEL };
  pair.frame.addEventListener("message", (event) => {
    const data = event.data as { type?: string };
    if (data.type === "SYN") toParent({ ...base, type: "ACK1", methodPaths: [["check"]] });
    if (data.type === "ACK2") {
      port = event.ports[0];
      port!.onmessage = ({ data: call }) => {
        const { id, type } = call as { id: string; type: string };
        if (type === "CALL") port!.postMessage({ ...base, type: "REPLY", callId: id, value: "checked" });
        else replies.push(call);
      };
    }
  });
  toParent({ ...base, type: "SYN", participantId: "zzzzzzzz" });
  return { toParent, port: () => port!, replies };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

it(`${RUNS} hostile messages at the window and the port: no throw, no prototype touched, only well-formed events taken, the channel still works`, async () => {
  const before = prototypeSnapshot();
  const accepted: unknown[] = [];
  const channel = openChannel<{ check(): Promise<string> }>({
    remoteWindow: pair.frame as unknown as Window,
    remoteOrigin: FRAME_ORIGIN,
    listenOn: pair.parent as unknown as Window,
    channelId: FUZZ_CHANNEL,
    handshakeTimeoutMs: 5_000,
    callTimeoutMs: 5_000,
    methods: {
      emit: (message: unknown) => {
        // Any well-formed message table serves here: the channel, not the dialect, is under test.
        const event = readConnectMessage(CONNECT_FRAME_MESSAGES, message);
        if (event) accepted.push({ message, event });
      },
    },
  });
  const frame = rawFrame();
  // Before the handshake completes: the window listener.
  // Some messages cannot even be sent (too deep to clone): the sender's
  // postMessage throws, as a browser's does, and nothing is delivered.
  const send = (deliver: () => void) => {
    try {
      deliver();
    } catch {
      unsendable++;
    }
  };
  let unsendable = 0;
  const early = fc.sample(hostileMessage, { numRuns: 1_000, seed: 81 });
  for (const message of early) send(() => frame.toParent(message));
  expect((await channel.ready).ok).toBe(true);

  // A well-formed DESTROY or SYN from the frame itself is the frame ending or
  // restarting the channel, which it may do: those are left out here.
  const control = (message: unknown) =>
    ["DESTROY", "SYN", "ACK1", "ACK2"].includes(readTransportMessage(message, FUZZ_CHANNEL)?.type ?? "");
  const messages = fc
    .sample(hostileMessage, { numRuns: RUNS + 200, seed: 82 })
    .filter((message) => !control(message))
    .slice(0, RUNS);
  expect(messages).toHaveLength(RUNS);
  for (const [index, message] of messages.entries()) {
    send(() => (index % 2 ? frame.port().postMessage(message) : frame.toParent(message)));
    if (index % 500 === 0) await settle();
  }
  await settle();

  // The frame may of course send a well-formed event; only those get through.
  for (const { message, event } of accepted as { message: unknown; event: unknown }[])
    expect(readConnectMessage(CONNECT_FRAME_MESSAGES, message)).toEqual(event);
  expect(prototypeSnapshot()).toBe(before);
  expect(unsendable).toBeLessThan(RUNS / 10);
  expect(await channel.call("check", [])).toEqual({ ok: true, value: "checked" });
  channel.destroy();
}, 60_000);
