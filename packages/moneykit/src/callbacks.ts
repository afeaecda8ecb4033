import { reportLater } from "@framelink/frames";
import type { LinkedInstitution, LinkEvent, LinkExitError } from "@framelink/protocol";

/** The link is made: send `exchangeableToken` to your server to exchange it for a `link_id`. */
export type LinkSuccessCallback = (exchangeableToken: string, institution: LinkedInstitution) => void;
/** Connect closed without a link: `error` is `null` when the user closed it, else what went wrong. */
export type LinkExitCallback = (error: LinkExitError | null) => void;
/** A step of the flow, for progress or analytics; see the event catalogue in the README. */
export type LinkEventCallback = (event: LinkEvent) => void;

export interface Callbacks {
  readonly onLinkSuccess?: LinkSuccessCallback | undefined;
  readonly onLinkExit?: LinkExitCallback | undefined;
  readonly onLinkEvent?: LinkEventCallback | undefined;
}

/** Calls an integrator's callback; what it throws surfaces later and cannot break Connect. */
export function invoke<A extends unknown[]>(callback: ((...args: A) => void) | undefined, ...args: A): void {
  if (typeof callback !== "function") return;
  try {
    callback(...args);
  } catch (error) {
    reportLater(error);
  }
}
