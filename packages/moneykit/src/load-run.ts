import { lazyPart } from "@framelink/frames";
import { runSource } from "./run-source.js";

/**
 * Connect's frame, channel and overlay, loaded on first use and prefetched by
 * `new MoneyKit()`: a page creates the launcher long before a person presses
 * the button that calls `link()`, so the load is hidden, and the entry stays small.
 */
export const loadRun = lazyPart(runSource);
