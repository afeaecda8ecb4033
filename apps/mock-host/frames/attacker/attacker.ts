// A page for the hostile-world suite (e2e/hostile-*.spec.ts), served at
// /_mock/attacker on every origin the mock host answers: it does what a
// hostile ad or widget on a merchant's page could do, on command of the
// test page that embeds it. Commands come from `window.top` only. It posts
// to '*' on purpose: it is the careless or hostile sender the SDK must refuse.

interface Command {
  readonly attacker: "post" | "handshake";
  readonly id: number;
  /** `top`, or `frame:N` (the top page's Nth frame, e.g. the SDK's). */
  readonly target?: string;
  readonly data?: unknown;
  readonly withPort?: boolean;
  /** Send from this page, or from a `data:` or `blob:` frame it creates. */
  readonly via?: "self" | "data" | "blob";
  /** For `handshake`: a frame URL to embed and try a parent's handshake with. */
  readonly frameUrl?: string;
  readonly channelId?: string;
}

const received: unknown[] = [];
window.addEventListener("message", (event) => {
  if (event.source !== window.top) {
    received.push(event.data);
    return;
  }
  const command = event.data as Command;
  if (command?.attacker === "post") post(command);
  if (command?.attacker === "handshake") void handshake(command).then((answered) => report(command.id, { answered }));
});

function report(id: number, result: unknown): void {
  window.top!.postMessage({ attackerReport: id, result, received: received.length }, "*");
}

function post(command: Command): void {
  const script = `(${send.toString()})(${JSON.stringify(command.target ?? "top")}, ${JSON.stringify(command.data)}, ${Boolean(command.withPort)})`;
  if (command.via === "data" || command.via === "blob") {
    const html = `<script>${script}</script>`;
    const frame = document.createElement("iframe");
    frame.src =
      command.via === "data"
        ? `data:text/html,${encodeURIComponent(html)}`
        : URL.createObjectURL(new Blob([html], { type: "text/html" }));
    frame.onload = () => setTimeout(() => report(command.id, { sent: true }), 50);
    document.body.append(frame);
    return;
  }
  send(command.target ?? "top", command.data, Boolean(command.withPort));
  report(command.id, { sent: true });
}

/** Runs in this page or in a frame it made: posts to '*', as a hostile sender would. */
function send(target: string, data: unknown, withPort: boolean): void {
  const windowOf = (name: string) =>
    name === "top" ? window.top! : window.top!.frames[Number(name.slice("frame:".length))]!;
  const transfer = withPort ? [new MessageChannel().port2] : [];
  windowOf(target).postMessage(data, "*", transfer);
}

/**
 * Embeds a frame and tries to become its parent, in the frame's own dialect.
 * MoneyKit Connect: counts its `connect.started` as taken up. penpal (the bench frame): sends the SYN of penpal's
 * parent side with a participant id that lets the frame lead, and counts an
 * ACK1 as taken up. MoonPay's frames protocol: answers the frame's
 * `handshake` with `ack`, and counts any later message of the frame as taken
 * up (the frame went on after the ack). Resolves whether the frame did: a
 * frame may greet any parent, but goes on only with one it allows.
 */
function handshake(command: Command): Promise<boolean> {
  return new Promise((resolve) => {
    const frame = document.createElement("iframe");
    const base = { namespace: "penpal", channel: command.channelId };
    const finish = (answered: boolean) => {
      window.removeEventListener("message", onMessage);
      clearTimeout(timer);
      resolve(answered);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      if ((event.data as { type?: unknown })?.type === "ACK1") return finish(true);
      // MoneyKit Connect: it starts (`connect.started`) only for a parent origin its client allows.
      const mk = event.data as { moneykit?: unknown; type?: unknown } | null;
      if (mk?.moneykit === true && mk.type === "connect.started") return finish(true);
      const moonpay = readMoonPayMessage(event.data, command.channelId);
      if (moonpay === "handshake")
        frame.contentWindow?.postMessage(
          JSON.stringify({ version: 2, meta: { channelId: command.channelId }, kind: "ack" }),
          "*",
        );
      else if (moonpay !== undefined) finish(true);
    };
    window.addEventListener("message", onMessage);
    frame.src = command.frameUrl!;
    // penpal's SYN only to a penpal frame: MoonPay's and MoneyKit's frames speak their own protocols.
    const penpal = !/^\/(?:platform\/v1\/|start$|relink$|continue$)/.test(new URL(command.frameUrl!).pathname);
    if (penpal)
      frame.onload = () => frame.contentWindow?.postMessage({ ...base, type: "SYN", participantId: "00000000" }, "*");
    document.body.append(frame);
    const timer = setTimeout(() => finish(false), 2_000);
  });
}

/** The kind of a MoonPay frames message (a v2 JSON string) on `channelId`, if `data` is one. */
function readMoonPayMessage(data: unknown, channelId: string | undefined): string | undefined {
  if (typeof data !== "string") return undefined;
  try {
    const message = JSON.parse(data) as { version?: unknown; meta?: { channelId?: unknown }; kind?: unknown };
    return message?.version === 2 && message.meta?.channelId === channelId && typeof message.kind === "string"
      ? message.kind
      : undefined;
  } catch {
    return undefined;
  }
}

window.top!.postMessage({ attackerReady: location.href }, "*");
