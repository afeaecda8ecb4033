import { lazyPart } from "@framelink/frames";
import { connectSource } from "./connect-source.js";

/** The connect flow, loaded on first use, or early when the check says a connect comes next. */
export const loadConnect = lazyPart(connectSource);
