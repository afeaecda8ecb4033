import {
  type ConnectFrameEvent,
  type ConnectParentMethods,
  type ConnectStart,
  type ConnectStarted,
  envelope,
  type FrameErrorPayload,
  parseConnectStart,
  readWireConnection,
  type WireConnection,
} from "@framelink/protocol";
import type { RemoteProxy } from "penpal";
import { form, h, show } from "../shared/dom.js";
import { postJson } from "../shared/frame-api.js";
import { readChannelId } from "../shared/frame-context.js";
import { connectToParent } from "../shared/parent-channel.js";

// The connect frame: sign in (email, verification code), consent, done.
// It learns its client token from the parent's single `start` call.
const channelId = readChannelId();
let parent: Promise<RemoteProxy<ConnectParentMethods>> | undefined;
let started = false;

function emit(event: ConnectFrameEvent): void {
  void parent?.then((remote) => remote.emit(event)).catch(() => undefined);
}

function start(message: unknown): ConnectStarted {
  const id = channelId!;
  const request = parseConnectStart(message, id);
  if (!request || started) throw new Error("The start request is malformed or repeated.");
  started = true;
  if (request.payload.appearance) document.documentElement.dataset.theme = request.payload.appearance;
  setTimeout(() => void run(id, request.payload), 0);
  return envelope(id, "started", null);
}

async function run(id: string, session: ConnectStart["payload"]): Promise<void> {
  const { clientToken, publicKey } = session;
  const fail = (error: FrameErrorPayload) => {
    show(h("h1", {}, "Something went wrong"), h("p", { role: "alert" }, error.message));
    emit(envelope(id, "error", error));
  };
  const opened = await postJson("/frame-api/moonpay/connect/start", { clientToken });
  if (!opened.ok) return fail(opened.error);

  const finish = async (decision: "accept" | "decline") => {
    show(h("p", {}, "Finishing…"));
    const done = await postJson<{ connection: unknown }>("/frame-api/moonpay/connect/complete", {
      clientToken,
      publicKey,
      decision,
    });
    if (!done.ok) return fail(done.error);
    const connection = readWireConnection(done.body.connection);
    if (!connection) return fail({ code: "generic", message: "The host answered oddly." });
    show(h("h1", {}, headline(connection)), h("p", {}, "You can close this window."));
    emit(envelope(id, "complete", connection));
  };

  const consent = () =>
    show(
      h("h1", {}, "Connect your MoonPay account"),
      h("p", {}, "This app will be able to see your payment methods, get quotes and buy crypto for you."),
      actions(button("Connect", () => void finish("accept")), button("Decline", () => void finish("decline"), "secondary")),
    );

  const verify = (problem?: string) =>
    show(
      h("h1", {}, "Check your email"),
      form(
        async (data) => {
          const answer = await postJson("/frame-api/moonpay/connect/verify", { clientToken, code: data.get("code") });
          if (answer.ok) consent();
          else if (answer.status === 422) verify("That code is not right. Try again.");
          else fail(answer.error);
        },
        h("label", {}, "Verification code", h("input", { name: "code", inputmode: "numeric", autocomplete: "one-time-code", required: "" })),
        ...(problem ? [h("p", { class: "error", role: "alert" }, problem)] : []),
        h("button", { type: "submit" }, "Verify"),
      ),
    );

  show(
    h("h1", {}, "Sign in to MoonPay"),
    form(
      () => verify(),
      h("label", {}, "Email", h("input", { name: "email", type: "email", autocomplete: "email", required: "" })),
      h("button", { type: "submit" }, "Continue"),
    ),
  );
  emit(envelope(id, "ready", null));
}

function headline(connection: WireConnection): string {
  switch (connection.status) {
    case "active":
      return "You're connected";
    case "pending":
      return "We're reviewing your details";
    case "unavailable":
      return "MoonPay is not available here right now";
    case "failed":
      return connection.reason === "customerDeclined" ? "Connection declined" : "We couldn't connect your account";
    default:
      return "Connection not finished";
  }
}

function button(label: string, onClick: () => void, className = ""): HTMLButtonElement {
  const element = h("button", { type: "button", ...(className ? { class: className } : {}) }, label);
  element.addEventListener("click", onClick, { once: true });
  return element;
}

function actions(...buttons: HTMLButtonElement[]): HTMLElement {
  return h("div", { class: "actions" }, ...buttons);
}

if (channelId) {
  parent = connectToParent<ConnectParentMethods>(channelId, { start });
  parent.catch(() => undefined);
}
