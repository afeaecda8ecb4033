import { frameUrl } from "@framelink/frames";
import { framePath, WIDGET_EVENTS } from "@framelink/protocol";
import type { EventOf } from "./event-frame.js";
import type { FrameHandle } from "./events.js";
import type { WidgetOptions } from "./moonpay-client.js";
import type { PaymentContext } from "./payment-context.js";
import type { WidgetEvent } from "./payment-events.js";
import { disposableHandle, invalidOptions, openReportingFrame, ownOption, signatureOf } from "./reporting-frame.js";

/** MoonPay's widget, `flow=buy`, for a quote (`quoteSignature` in its URL). */
export function setupWidget(context: PaymentContext, options: WidgetOptions) {
  const signature = signatureOf(ownOption(options, "quote"));
  if (!signature) return Promise.resolve(invalidOptions("setupWidget() needs the quote's signature."));
  return openReportingFrame(context, options, {
    events: WIDGET_EVENTS,
    url: (channelId, clientToken) =>
      frameUrl(context.options.frameOrigin, framePath("widget"), channelId, {
        flow: "buy",
        clientToken,
        quoteSignature: signature,
      }),
    title: "Buy with MoonPay",
    allow: ["payment"],
    handle: disposableHandle,
    toEvent: widgetEvent,
  });
}

function widgetEvent(event: EventOf<typeof WIDGET_EVENTS>, frame: FrameHandle): WidgetEvent {
  switch (event.kind) {
    case "ready":
    case "close":
      return { kind: event.kind, payload: { frame } };
    case "transactionCreated":
    case "complete":
      return { kind: event.kind, payload: { transaction: event.payload.transaction, frame } };
    case "error":
      return { kind: event.kind, payload: { ...event.payload, frame } };
  }
}
