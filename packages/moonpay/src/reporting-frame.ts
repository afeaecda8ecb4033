import { ErrorCode, err, FramelinkError, ok, type Result, reportLater } from "@framelink/frames";
import { type FrameEvents, isPlainRecord } from "@framelink/protocol";
import { type EventFrame, type EventFrameSetup, type EventOf, openEventFrame } from "./event-frame.js";
import type { FrameHandle } from "./events.js";
import { currentCredentials, type PaymentContext } from "./payment-context.js";

/** A public option, read as an own property only. */
export function ownOption(options: unknown, key: string): unknown {
  return isPlainRecord(options) && Object.hasOwn(options, key) ? options[key] : undefined;
}

export const invalidOptions = (message: string) => err(new FramelinkError(ErrorCode.InvalidOptions, message));

/** The handle of a frame the integrator can only remove (widget, challenge). */
export const disposableHandle = (frame: EventFrame): FrameHandle => ({ dispose: frame.dispose });

/** The quote's signature, from the quote itself or the signature alone, as MoonPay returned it. */
export function signatureOf(quote: unknown): string | undefined {
  const signature = isPlainRecord(quote) && Object.hasOwn(quote, "signature") ? quote.signature : quote;
  return typeof signature === "string" && signature.length > 0 ? signature : undefined;
}

export interface ReportingFrameSpec<T extends FrameEvents, E, H>
  extends Omit<EventFrameSetup<T>, "url" | "container" | "onFrameEvent" | "onDispose"> {
  /** The frame's URL for a channel id and the client token of the client's credentials. */
  readonly url: (channelId: string, clientToken: string) => URL;
  /** The handle the integrator gets, made from the mounted frame. */
  readonly handle: (frame: EventFrame) => H;
  /** The integrator's event for one of the frame's. */
  readonly toEvent: (event: EventOf<T>, handle: H) => E;
}

/**
 * Mounts a payment-side frame that reports through `options.onEvent`: checks
 * the credentials, `onEvent` and the container (optional for a hidden frame),
 * opens the frame with the client's client token, and delivers its events,
 * an integrator's exception re-thrown asynchronously.
 */
export async function openReportingFrame<T extends FrameEvents, E, H>(
  context: PaymentContext,
  options: unknown,
  spec: ReportingFrameSpec<T, E, H>,
): Promise<Result<H, FramelinkError>> {
  const credentials = currentCredentials(context);
  if (!credentials.ok) return credentials;
  const onEvent = ownOption(options, "onEvent");
  if (onEvent !== undefined && typeof onEvent !== "function") return invalidOptions("onEvent must be a function.");
  const containerValue = ownOption(options, "container");
  let container: Element | undefined;
  if (!spec.hidden || containerValue !== undefined) {
    const read = context.tools.readContainer(containerValue);
    if (!read.ok) return read;
    container = read.value;
  }
  let handle: H | undefined;
  const { url, handle: makeHandle, toEvent, ...setup } = spec;
  const opened = await openEventFrame(
    context.tools,
    context.options,
    {
      ...setup,
      url: (channelId) => url(channelId, credentials.value.clientToken),
      ...(container ? { container } : {}),
      // openEventFrame holds the frame's events until a task after it resolved, so the handle exists by then.
      onFrameEvent: (event) => {
        if (!onEvent || !handle) return;
        try {
          (onEvent as (event: E) => void)(toEvent(event, handle));
        } catch (error) {
          reportLater(error);
        }
      },
    },
    context.lifetime,
  );
  if (!opened.ok) return opened;
  const made = makeHandle(opened.value);
  handle = made;
  return ok(made);
}
