import { reportLater } from "@framelink/frames";
import type { LinkExitError, LinkedInstitution } from "@framelink/protocol";

/** The link is made: send `exchangeableToken` to your server to exchange it; `link_id` is Connect's id of the link ("" if it sent none). */
export type LinkSuccessCallback = (exchangeableToken: string, institution: LinkedInstitution, link_id: string) => void;
/** relink() repaired the link: `(institution, link_id)`, as `@moneykit/connect` 0.3.28's shipped types have it (MoneyKit's Connect for Web docs call relink's callbacks "identical to link()"; the types win). */
export type RelinkSuccessCallback = (institution: LinkedInstitution, link_id: string) => void;
/** Connect closed without a link: `error` is `null` when the user closed it, else what went wrong. */
export type LinkExitCallback = (error: LinkExitError | null) => void;
/** A step of the flow, as Connect sends it (the mock host's Connect's catalogue is in the package README). */
export type LinkEventCallback = (event: Record<string, unknown>) => void;

/** What one showing of Connect reports to: `onSuccess` is link's or relink's, by the run's kind. */
export interface Callbacks {
  readonly onLinkSuccess?: LinkSuccessCallback | undefined;
  readonly onRelinkSuccess?: RelinkSuccessCallback | undefined;
  readonly onLinkExit?: LinkExitCallback | undefined;
  readonly onLinkEvent?: LinkEventCallback | undefined;
}

/** Calls an integrator's callback; what it throws surfaces later and cannot break Connect's cleanup. */
export function invoke<A extends unknown[]>(callback: ((...args: A) => void) | undefined, ...args: A): void {
  if (typeof callback !== "function") return;
  try {
    callback(...args);
  } catch (error) {
    reportLater(error);
  }
}
