import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { type Engine, type Session, type Tab, WAIT_MS } from "./driver.js";
import { type DocumentClient, scopeOf, until } from "./scope.js";
import { type ElementReference, isElementReference, WebDriverSession } from "./webdriver.js";

// WebKitGTK's MiniBrowser, driven by Debian's WebKitWebDriver (a W3C
// WebDriver server) under a virtual X display: MiniBrowser has no headless
// mode. Each session is a MiniBrowser of its own, so sessions share nothing.
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/** Which window and frame the WebDriver session is in: commands go to one browsing context at a time. */
class Contexts {
  /** The window whose top-level document is current, or "" when a frame (or nothing known) is. */
  private top = "";
  constructor(readonly driver: WebDriverSession) {}

  async enter(handle: string, frame?: string): Promise<void> {
    if (this.top !== handle || frame) {
      await this.driver.switchToWindow(handle);
      this.top = handle;
    }
    if (frame) {
      this.top = "";
      await this.driver.switchToFrame(await this.driver.findCss(frame));
    }
  }
}

function documentClient(contexts: Contexts, handle: string, frame?: string): DocumentClient {
  const { driver } = contexts;
  return {
    evaluate: async (expression) => {
      await contexts.enter(handle, frame);
      return driver.execute(`return ${expression};`);
    },
    element: async (expression) => {
      await contexts.enter(handle, frame);
      const found = await driver.execute(`return ${expression};`);
      if (!isElementReference(found)) return null;
      const act = async (action: "click" | "clear") => {
        await contexts.enter(handle, frame);
        await driver.elementCommand(found as ElementReference, action);
      };
      return {
        click: () => act("click"),
        // WebKitWebDriver refuses "Element Send Keys" in a cross-origin frame ("element not interactable:
        // Element is not focusable", WebKitGTK 2.50; the frame's own focus() is refused there too, without
        // a user gesture). So: cleared (Element Clear ends by blurring), clicked as a person would, and
        // typed into with key actions.
        type: async (text) => {
          await act("clear");
          await act("click");
          await driver.keys(text);
        },
      };
    },
  };
}

function tabOf(contexts: Contexts, handle: string): Tab {
  return {
    ...scopeOf(documentClient(contexts, handle)),
    goto: async (url) => {
      await contexts.enter(handle);
      await contexts.driver.send("POST", "/url", { url });
    },
    frame: (selector) => scopeOf(documentClient(contexts, handle, selector)),
    waitForClose: async () => {
      await until("the window to close", async () => !(await contexts.driver.handles()).includes(handle));
    },
  };
}

const startMiniBrowser = (driverUrl: string) =>
  WebDriverSession.create(driverUrl, { "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } });

async function newSession(driverUrl: string): Promise<Session> {
  const driver = await startMiniBrowser(driverUrl);
  await driver.send("POST", "/timeouts", { script: WAIT_MS, pageLoad: WAIT_MS });
  const contexts = new Contexts(driver);
  const main = (await driver.send("GET", "/window")) as string;
  return {
    page: tabOf(contexts, main),
    waitForWindow: async (url) => {
      const handle = await until(`a window at ${url}`, async () => {
        for (const candidate of await driver.handles()) {
          if (candidate === main) continue;
          await contexts.enter(candidate);
          if (url.test((await driver.send("GET", "/url")) as string)) return candidate;
        }
        return undefined;
      });
      return tabOf(contexts, handle);
    },
    close: async () => {
      await driver.end();
    },
  };
}

/** A port free now, on loopback: a fixed one could reach a driver some other run left behind. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startDriver(): Promise<{ server: ChildProcess; driverUrl: string }> {
  const port = await freePort();
  const driverUrl = `http://127.0.0.1:${port}`;
  const server = spawn("xvfb-run", ["--auto-servernum", "WebKitWebDriver", `--port=${port}`], {
    stdio: "ignore",
    detached: true,
  });
  try {
    await until(
      "WebKitWebDriver to listen",
      () =>
        fetch(`${driverUrl}/status`, { signal: AbortSignal.timeout(2000) }).then(
          (response) => response.ok,
          () => false,
        ),
      20_000,
    );
  } catch (error) {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    throw error;
  }
  return { server, driverUrl };
}

export async function launchWebKit(): Promise<Engine> {
  const { server, driverUrl } = await startDriver();
  const quit = async () => {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  try {
    // The browser's version, as the driver reports it in a session's capabilities.
    const probe = await startMiniBrowser(driverUrl);
    const { browserName, browserVersion } = probe.capabilities as { browserName: string; browserVersion: string };
    await probe.end();
    return {
      name: "webkit",
      version: `WebKitGTK ${browserVersion} (${browserName})`,
      newSession: () => newSession(driverUrl),
      quit,
    };
  } catch (error) {
    // No engine to hand back: the driver (and its X server) must not outlive the attempt.
    await quit();
    throw error;
  }
}
