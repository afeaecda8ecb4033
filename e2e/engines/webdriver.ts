// A minimal W3C WebDriver client over `fetch`: the dozen commands the
// cross-engine specs need, no library. WebKitWebDriver speaks this protocol
// (https://w3c.github.io/webdriver/); a command's error is thrown with the
// driver's own error name and message.

/** The key W3C WebDriver names an element reference by. */
const ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";
/** How long one command may take before the client gives up on the driver. */
const COMMAND_MS = 30_000;

export type ElementReference = { [ELEMENT_KEY]: string };

export function isElementReference(value: unknown): value is ElementReference {
  return typeof value === "object" && value !== null && ELEMENT_KEY in value;
}

export class WebDriverSession {
  private constructor(
    private readonly base: string,
    readonly capabilities: Record<string, unknown>,
  ) {}

  static async create(server: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const created = (await command(`${server}/session`, "POST", { capabilities: { alwaysMatch: capabilities } })) as {
      sessionId: string;
      capabilities: Record<string, unknown>;
    };
    return new WebDriverSession(`${server}/session/${created.sessionId}`, created.capabilities);
  }

  send(method: "GET" | "POST" | "DELETE", path: string, body?: unknown): Promise<unknown> {
    return command(`${this.base}${path}`, method, body);
  }

  execute(script: string, args: unknown[] = []): Promise<unknown> {
    return this.send("POST", "/execute/sync", { script, args });
  }

  async handles(): Promise<string[]> {
    return (await this.send("GET", "/window/handles")) as string[];
  }

  switchToWindow(handle: string): Promise<unknown> {
    return this.send("POST", "/window", { handle });
  }

  /** Into the frame an element is, or (null) back to the top-level document. */
  switchToFrame(frame: ElementReference | null): Promise<unknown> {
    return this.send("POST", "/frame", { id: frame });
  }

  async findCss(selector: string): Promise<ElementReference> {
    return (await this.send("POST", "/element", { using: "css selector", value: selector })) as ElementReference;
  }

  elementCommand(element: ElementReference, action: "click" | "clear") {
    return this.send("POST", `/element/${element[ELEMENT_KEY]}/${action}`, {});
  }

  /** Types `text` into whatever has focus, one key down and up per character (Perform Actions). */
  keys(text: string): Promise<unknown> {
    const actions = [...text].flatMap((key) => [
      { type: "keyDown", value: key },
      { type: "keyUp", value: key },
    ]);
    return this.send("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  }

  end(): Promise<unknown> {
    return this.send("DELETE", "");
  }
}

async function command(url: string, method: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { "Content-Type": "application/json" },
    ...(method === "POST" ? { body: JSON.stringify(body ?? {}) } : {}),
    signal: AbortSignal.timeout(COMMAND_MS),
  });
  const { value } = (await response.json()) as { value: unknown };
  if (!response.ok) {
    const { error, message } = value as { error: string; message: string };
    throw new Error(
      `WebDriver ${method} ${new URL(url).pathname.replace(/^\/session\/[^/]+/, "")}: ${error}: ${message}`,
    );
  }
  return value;
}
