import { WindowMessenger } from "penpal";

/**
 * A messenger that talks to one window at one exact origin. penpal then
 * ignores every message whose `source` is not that window or whose `origin`
 * is not that origin, and moves to a private `MessagePort` after the handshake.
 */
export function windowMessenger(remoteWindow: Window, origin: string): WindowMessenger {
  return new WindowMessenger({ remoteWindow, allowedOrigins: [origin] });
}
