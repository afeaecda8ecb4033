import {
  type CheckReply,
  type ConnectionStatus,
  envelope,
  type FrameErrorPayload,
  parseCheckRequest,
  readWireConnection,
} from "@framelink/protocol";
import { postJson } from "../shared/frame-api.js";
import { readChannelId } from "../shared/frame-context.js";
import { connectToParent } from "../shared/parent-channel.js";

// The check frame: headless. It spends the session token once, keeps the
// frame session it gets for it, and answers every later `check` with it.
const channelId = readChannelId();
let frameSession: string | undefined;

async function check(message: unknown): Promise<CheckReply> {
  const id = channelId!;
  const fail = (payload: FrameErrorPayload): CheckReply => envelope(id, "error", payload);
  const request = parseCheckRequest(message, id);
  if (!request) return fail({ code: "generic", message: "The check request is malformed." });
  const { sessionToken, publicKey } = request.payload;
  if (!frameSession && !sessionToken) {
    const problem = { field: "sessionToken", code: "invalidSessionToken", message: "A session token is required." } as const;
    return fail({ code: "validationError", message: problem.message, fieldErrors: [problem] });
  }
  const answer = await postJson<{ frameSession: string; connection: { status: ConnectionStatus } }>(
    "/frame-api/moonpay/check",
    frameSession ? { frameSession, publicKey } : { sessionToken, publicKey },
  );
  if (!answer.ok) return fail(answer.error);
  frameSession = answer.body.frameSession;
  const connection = readWireConnection(answer.body.connection);
  return connection ? envelope(id, "complete", connection) : fail({ code: "generic", message: "The host answered oddly." });
}

if (channelId) void connectToParent(channelId, { check }).catch(() => undefined);
