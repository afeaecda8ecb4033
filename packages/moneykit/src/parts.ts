import { lazyPart } from "@framelink/frames";
import { partSources } from "./part-sources.js";

/**
 * Connect's frame, channel and overlay, loaded on first use and prefetched by
 * `new MoneyKit()`: a page creates the launcher long before a person presses
 * the button that calls `link()`, so the load is hidden, and the entry stays small.
 */
export const loadRun = lazyPart(partSources.run);

/** The redirect page's hand-over of the bank's URL, loaded on first use. */
export const loadOAuth = lazyPart(partSources.oauth);
