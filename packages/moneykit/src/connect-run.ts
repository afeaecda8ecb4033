import { ErrorCode, type FramelinkError, frameUrl, newChannelId, openFrameChannel } from "@framelink/frames";
import {
  envelope,
  type LinkExitError,
  type LinkFrameMethods,
  type LinkParentMethods,
  type LinkStart,
  MONEYKIT_CONNECT_PATH,
  type OAuthOpened,
  parseLinkFrameEvent,
  parseLinkStarted,
  parseOAuthOpenRequest,
} from "@framelink/protocol";
import { type Callbacks, invoke } from "./callbacks.js";
import { ExitErrorId, exitError } from "./exit-errors.js";
import { loadOAuth } from "./load-oauth.js";
import type { OAuthWindow } from "./oauth-window.js";
import type { ResolvedOptions } from "./options.js";
import { createOverlay } from "./overlay.js";

export type StartPayload = LinkStart["payload"];

/**
 * One showing of Connect, from the overlay appearing to one callback:
 * `onLinkSuccess` or `onLinkExit`, exactly once, after the overlay is gone.
 * `onEnd` runs first, so the MoneyKit instance can take another link.
 */
export function runConnect(options: ResolvedOptions, start: StartPayload, callbacks: Callbacks, onEnd: () => void): () => void {
  const container = options.containerID ? document.getElementById(options.containerID) : document.body;
  if (!container) {
    onEnd();
    invoke(callbacks.onLinkExit, exitError(ExitErrorId.ContainerNotFound, `No element has the id "${options.containerID}".`));
    return () => undefined;
  }
  const overlay = createOverlay(container);
  const channelId = newChannelId();
  let oauth: OAuthWindow | undefined;
  let ended = false;

  const end = (outcome: () => void) => {
    if (ended) return;
    ended = true;
    oauth?.close();
    frame.disposer.dispose();
    overlay.remove();
    onEnd();
    outcome();
  };
  const exit = (error: LinkExitError | null) => end(() => invoke(callbacks.onLinkExit, error));

  const methods: LinkParentMethods = {
    emit(message) {
      const event = parseLinkFrameEvent(message, channelId);
      if (!event || ended) return;
      if (event.kind === "event") invoke(callbacks.onLinkEvent, event.payload);
      else if (event.kind === "success") {
        const { exchangeableToken, institution } = event.payload;
        end(() => invoke(callbacks.onLinkSuccess, exchangeableToken, institution));
      } else exit(event.payload.error);
    },
    async openOAuth(message): Promise<OAuthOpened> {
      const request = parseOAuthOpenRequest(message, channelId);
      if (!request || ended) throw new Error("Refused: not a valid OAuth request.");
      const part = await loadOAuth();
      if (ended) throw new Error("Refused: Connect has closed.");
      if (!part.ok) {
        exit(exitError(ExitErrorId.LoadFailed, "The bank's login could not be opened. Check your connection and try again."));
        throw new Error("Refused: the OAuth window could not be loaded.");
      }
      oauth?.close();
      oauth = part.value.openOAuthWindow({
        url: request.payload.url,
        ...(options.oauthPresentation ? { preferred: options.oauthPresentation } : {}),
        closedGraceMs: options.oauthClosedGraceMs,
        timeoutMs: options.oauthTimeoutMs,
        onReturn: (redirectUrl) => {
          frame.iframe.focus();
          void frame.channel.call("oauthReturn", [envelope(channelId, "oauthReturn", { redirectUrl })]).then((answer) => {
            if (!answer.ok) exit(channelError(answer.error));
          });
        },
        onAbandon: (reason) =>
          exit(
            reason === "closed"
              ? exitError(ExitErrorId.OAuthWindowClosed, "The bank's window was closed before the login finished.")
              : exitError(ExitErrorId.OAuthTimeout, "The bank login took too long."),
          ),
      });
      return envelope(channelId, "oauthOpened", { presentation: oauth.presentation });
    },
  };

  const opened = openFrameChannel<LinkFrameMethods>({
    frameOrigin: options.frameOrigin,
    channelId,
    container: overlay.element,
    url: frameUrl(options.frameOrigin, MONEYKIT_CONNECT_PATH, channelId, options.device ? { device: options.device } : {}),
    title: "MoneyKit Connect",
    hidden: false,
    methods: { ...methods },
    handshakeTimeoutMs: options.handshakeTimeoutMs,
    callTimeoutMs: options.callTimeoutMs,
  });
  if (!opened.ok) {
    overlay.remove();
    onEnd();
    invoke(callbacks.onLinkExit, exitError(ExitErrorId.NoDocument, opened.error.message));
    return () => undefined;
  }
  const frame = opened.value;

  const payload = {
    ...start,
    ...(options.applicationName ? { applicationName: options.applicationName } : {}),
    ...(options.appearance ? { appearance: options.appearance } : {}),
  } as StartPayload;
  void frame.channel.call("start", [envelope(channelId, "start", payload)]).then((answer) => {
    // Loaded once Connect is up, not competing with it: when a bank needs
    // OAuth, its window must open at once, inside the customer's click.
    void loadOAuth();
    if (ended) return;
    if (!answer.ok) return exit(channelError(answer.error));
    if (!parseLinkStarted(answer.value, channelId)) return exit(exitError(ExitErrorId.ChannelFailed, "Connect answered with an unknown message."));
    frame.iframe.focus();
  });
  // Closing from the page (e.g. a component unmounting): Connect goes, and no callback runs.
  return () => end(() => undefined);
}

function channelError(error: FramelinkError): LinkExitError {
  if (error.code === ErrorCode.HandshakeTimeout) {
    return exitError(ExitErrorId.HandshakeTimeout, "Connect did not load in time. Check your connection and try again.");
  }
  if (error.code === ErrorCode.CallTimeout) return exitError(ExitErrorId.CallTimeout, "Connect did not answer in time.");
  return exitError(ExitErrorId.ChannelFailed, "Connect stopped answering.");
}
