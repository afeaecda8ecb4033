import { CHALLENGE_EVENTS } from "@framelink/protocol";
import type { EventOf } from "./event-frame.js";
import type { FrameHandle } from "./events.js";
import type { ChallengeOptions } from "./moonpay-client.js";
import type { PaymentContext } from "./payment-context.js";
import type { ChallengeEvent } from "./payment-events.js";
import { disposableHandle, invalidOptions, openReportingFrame, ownOption } from "./reporting-frame.js";

/**
 * Mounts the challenge frame at the URL a `challenge` event gave, used as is
 * (MoonPay: "do not construct the URL yourself"); only the channel id is
 * added. The URL must be on the frame host.
 */
export function setupChallenge(context: PaymentContext, options: ChallengeOptions) {
  let url: URL;
  try {
    url = new URL(String(ownOption(options, "url")));
  } catch {
    return Promise.resolve(invalidOptions("setupChallenge() needs the URL of a challenge event."));
  }
  if (url.origin !== context.options.frameOrigin)
    return Promise.resolve(invalidOptions("The challenge URL is not on the frame host."));
  return openReportingFrame(context, options, {
    events: CHALLENGE_EVENTS,
    url: (channelId) => {
      const withChannel = new URL(url);
      withChannel.searchParams.set("channelId", channelId);
      return withChannel;
    },
    title: "Verify your payment",
    allow: ["payment"],
    handle: disposableHandle,
    toEvent: challengeEvent,
  });
}

function challengeEvent(event: EventOf<typeof CHALLENGE_EVENTS>, frame: FrameHandle): ChallengeEvent {
  switch (event.kind) {
    case "ready":
      return { kind: event.kind, payload: { frame } };
    case "complete":
      return { kind: event.kind, payload: { ...event.payload, frame } };
    case "cancelled":
      return { kind: event.kind, payload: { ...event.payload, frame } };
    case "error":
      return { kind: event.kind, payload: { ...event.payload, frame } };
  }
}
