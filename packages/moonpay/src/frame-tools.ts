import { readContainer } from "@framelink/frames";
import { openFrameConversation } from "./frame-conversation.js";

/**
 * The frame machinery the client lends to the parts it loads on first use
 * (connect, payments), so that a part loaded as a script of its own (the
 * script-tag build) does not carry a second copy of it.
 */
export const frameTools = { openFrameConversation, readContainer };

export type FrameTools = typeof frameTools;
