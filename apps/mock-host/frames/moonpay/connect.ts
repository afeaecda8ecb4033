import type { FrameErrorPayload } from "@framelink/protocol";
import { form, h, show } from "../shared/dom.js";
import { readChannelId, readParam } from "../shared/frame-context.js";
import { connectToMoonPayParent, type MoonPayParent } from "../shared/moonpay-parent.js";
import { applyTheme } from "../shared/theme.js";
import { callMoonPay } from "./moonpay-api.js";

// The connect frame: sign in (email, verification code), consent, done. Its
// client token (the anonymous one from the check) and the key to seal the
// credentials to come from its URL; it starts once the parent acknowledged
// the handshake.
const channelId = readChannelId();
const clientToken = readParam("clientToken");
const publicKey = readParam("publicKey");
applyTheme();

interface Connection {
  status: string;
  reason?: string;
}

async function run(parent: MoonPayParent): Promise<void> {
  const fail = (error: FrameErrorPayload) => {
    show(h("h1", {}, "Something went wrong"), h("p", { role: "alert" }, error.message));
    parent.emit("error", error);
  };
  const opened = await callMoonPay<{ knownContact?: boolean; frameSession: string }>("connect/start", {
    clientToken,
    publicKey,
  });
  if (!opened.ok) return fail(opened.error);
  // This load's own secret for the next steps: kept here, never sent to the parent.
  const { frameSession } = opened.body;

  const finish = async (decision: "accept" | "decline") => {
    show(h("p", {}, "Finishing…"));
    const done = await callMoonPay<{ connection: Connection }>("connect/complete", { frameSession, decision });
    if (!done.ok) return fail(done.error);
    show(h("h1", {}, headline(done.body.connection)), h("p", {}, "You can close this window."));
    parent.emit("complete", done.body.connection);
  };

  const consent = () =>
    show(
      h("h1", {}, "Connect your MoonPay account"),
      h("p", {}, "This app will be able to see your payment methods, get quotes and buy crypto for you."),
      actions(
        button("Connect", () => void finish("accept")),
        button("Decline", () => void finish("decline"), "secondary"),
      ),
    );

  const verify = (problem?: string) =>
    show(
      h("h1", {}, opened.body.knownContact ? "Check your phone" : "Check your email"),
      form(
        async (data) => {
          const answer = await callMoonPay("connect/verify", { frameSession, code: data.get("code") });
          if (answer.ok) consent();
          else if (answer.status === 422) verify("That code is not right. Try again.");
          else fail(answer.error);
        },
        h(
          "label",
          {},
          "Verification code",
          h("input", { name: "code", inputmode: "numeric", autocomplete: "one-time-code", required: "" }),
        ),
        ...(problem ? [h("p", { class: "error", role: "alert" }, problem)] : []),
        h("button", { type: "submit" }, "Verify"),
      ),
    );

  if (opened.body.knownContact) verify();
  else
    show(
      h("h1", {}, "Sign in to MoonPay"),
      form(
        () => verify(),
        h("label", {}, "Email", h("input", { name: "email", type: "email", autocomplete: "email", required: "" })),
        h("button", { type: "submit" }, "Continue"),
      ),
    );
  parent.emit("ready");
}

function headline(connection: Connection): string {
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

if (channelId) void connectToMoonPayParent(channelId).then(run);
