import { readTransportMessage } from "@framelink/protocol";
import { connect, type Message, type Messenger, type Methods, type RemoteProxy, WindowMessenger } from "penpal";
import { readAllowedOrigins } from "./frame-context.js";

/**
 * Opens this frame's channel to its parent. penpal answers only a parent
 * whose origin is on the allowlist, and only the parent window itself; the
 * messenger also drops any message that is not well-formed by the protocol's
 * own reader. (The fuzz run found that penpal takes, say, a SYN whose
 * participant id is not a string, drops its port for it, and then fails every
 * reply with an unhandled rejection.)
 */
export function connectToParent<Remote extends Methods>(
  channelId: string,
  methods: Methods,
): Promise<RemoteProxy<Remote>> {
  const messenger = strict(
    new WindowMessenger({ remoteWindow: window.parent, allowedOrigins: readAllowedOrigins() }),
    channelId,
  );
  return connect<Remote>({ messenger, methods, channel: channelId }).promise;
}

function strict(inner: WindowMessenger, channelId: string): Messenger {
  return {
    initialize: ({ log, validateReceivedMessage }) =>
      inner.initialize({
        ...(log ? { log } : {}),
        validateReceivedMessage: (data: unknown): data is Message =>
          validateReceivedMessage(data) && readTransportMessage(data, channelId) !== undefined,
      }),
    sendMessage: (message, transferables) => inner.sendMessage(message, transferables),
    addMessageHandler: (handler) => inner.addMessageHandler(handler),
    removeMessageHandler: (handler) => inner.removeMessageHandler(handler),
    destroy: () => inner.destroy(),
  };
}
