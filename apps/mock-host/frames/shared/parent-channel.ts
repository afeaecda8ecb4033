import { connect, type Methods, type RemoteProxy, WindowMessenger } from "penpal";
import { readAllowedOrigins } from "./frame-context.js";

/**
 * Opens this frame's channel to its parent. penpal answers only a parent
 * whose origin is on the allowlist, and only the parent window itself.
 */
export function connectToParent<Remote extends Methods>(channelId: string, methods: Methods): Promise<RemoteProxy<Remote>> {
  const messenger = new WindowMessenger({ remoteWindow: window.parent, allowedOrigins: readAllowedOrigins() });
  return connect<Remote>({ messenger, methods, channel: channelId }).promise;
}
