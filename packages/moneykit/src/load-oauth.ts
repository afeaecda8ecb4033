import { lazyPart } from "@framelink/frames";
import { oauthSource } from "./oauth-source.js";

/** The redirect page's hand-over of the bank's URL, loaded on first use. */
export const loadOAuth = lazyPart(oauthSource);
