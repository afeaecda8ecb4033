import { type FramelinkError, newChannelId, type Result, frameUrl } from "@framelink/frames";
import {
  type Appearance,
  CONNECT_FRAME_PATH,
  type ConnectFrameEvent,
  type ConnectFrameMethods,
  parseConnectFrameEvent,
} from "@framelink/protocol";
import { type EventFrame, openEventFrame } from "./event-frame.js";
import type { FrameTools } from "./frame-tools.js";
import type { ResolvedOptions } from "./options.js";

export interface ConnectFrameSetup {
  readonly container: Element;
  readonly clientToken: string;
  readonly publicKeyHex: string;
  readonly appearance?: Appearance;
  readonly onFrameEvent: (event: ConnectFrameEvent) => void;
  readonly onDispose: () => void;
}

export type ConnectFrame = EventFrame<ConnectFrameMethods>;

/** Mounts the visible connect frame and hands it the client token and the public key. */
export function openConnectFrame(
  tools: FrameTools,
  options: ResolvedOptions,
  setup: ConnectFrameSetup,
  signal: { readonly disposed: boolean },
): Promise<Result<ConnectFrame, FramelinkError>> {
  const channelId = newChannelId();
  return openEventFrame<ConnectFrameEvent, ConnectFrameMethods>(
    tools,
    options,
    {
      url: frameUrl(options.frameOrigin, CONNECT_FRAME_PATH, channelId),
      channelId,
      container: setup.container,
      title: "Connect your MoonPay account",
      start: {
        clientToken: setup.clientToken,
        publicKey: setup.publicKeyHex,
        ...(setup.appearance ? { appearance: setup.appearance } : {}),
      },
      parseEvent: parseConnectFrameEvent,
      onFrameEvent: setup.onFrameEvent,
      onDispose: setup.onDispose,
    },
    signal,
  );
}
