import { lazyPart } from "@framelink/frames";
import { partSources } from "./part-sources.js";

export type PaymentsModule = Awaited<ReturnType<typeof partSources.payments>>;

/** The connect flow: a client starts loading it when it is created, while its check frame loads. */
export const loadConnect = lazyPart(partSources.connect);

/** The payment calls, loaded on first use: most pages only check and connect. */
export const loadPayments = lazyPart(partSources.payments);
