import { lazyPart } from "@framelink/frames";
import { oauthSource } from "./oauth-source.js";

/** The OAuth window and the redirect page's hand-back, loaded on first use. */
export const loadOAuth = lazyPart(oauthSource);
