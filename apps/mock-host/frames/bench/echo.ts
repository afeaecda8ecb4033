import { readAllowedOrigins, readChannelId } from "../shared/frame-context.js";
import { connectToParent } from "../shared/parent-channel.js";

// The benchmarks' raw baselines, on the frame host: a frame that says it is
// there and answers one postMessage, and a bare MessagePort echo. With a
// channel id it also answers penpal calls, for the cost of one channel call.
const allowed = readAllowedOrigins();
const parentOrigin = location.ancestorOrigins?.[0] ?? "";

if (allowed.some((pattern) => pattern.test(parentOrigin))) {
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || event.origin !== parentOrigin) return;
    if (event.data === "ping") window.parent.postMessage("pong", parentOrigin);
    const port = event.ports[0];
    if (event.data === "port" && port) port.onmessage = (message) => port.postMessage(message.data);
  });
  window.parent.postMessage("here", parentOrigin);
}

const channelId = readChannelId();
if (channelId) void connectToParent(channelId, { echo: (value: unknown) => value }).catch(() => undefined);
