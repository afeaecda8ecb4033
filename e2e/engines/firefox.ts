import puppeteer, {
  type Browser,
  type BrowserContext,
  type ElementHandle,
  type Frame,
  type Page,
} from "puppeteer-core";
import { type Engine, type Session, type Tab, WAIT_MS } from "./driver.js";
import { type DocumentClient, scopeOf, until } from "./scope.js";

// Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no
// geckodriver). The prefs keep it off the network, as CHROMIUM_LAUNCH does
// for Chromium: only loopback may ever be a target of its traffic.
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const OFFLINE_PREFS = {
  "app.update.enabled": false,
  "app.update.auto": false,
  "app.normandy.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.safebrowsing.downloads.enabled": false,
  "browser.shell.checkDefaultBrowser": false,
  "datareporting.healthreport.uploadEnabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "toolkit.telemetry.enabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
  "extensions.update.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "browser.region.network.url": "",
  "browser.search.update": false,
  "services.settings.server": "http://127.0.0.1:9/",
};

function documentClient(frame: () => Promise<Frame>): DocumentClient {
  return {
    evaluate: async (expression) => (await frame()).evaluate(expression),
    element: async (expression) => {
      const handle = (await (await frame()).evaluateHandle(expression)).asElement() as ElementHandle<Element> | null;
      if (!handle) return null;
      return {
        click: () => handle.click(),
        type: async (text) => {
          await handle.evaluate((element) => {
            (element as HTMLInputElement).value = "";
          });
          await handle.type(text);
        },
      };
    },
  };
}

function tabOf(page: Page): Tab {
  return {
    ...scopeOf(documentClient(async () => page.mainFrame())),
    goto: async (url) => {
      await page.goto(url, { timeout: WAIT_MS });
    },
    frame: (selector) =>
      scopeOf(
        documentClient(async () => {
          const frame = await (await page.$(selector))?.contentFrame();
          if (!frame) throw new Error(`no frame at ${selector}`);
          return frame;
        }),
      ),
    waitForClose: async () => {
      await until("the window to close", async () => page.isClosed());
    },
  };
}

async function sessionOf(context: BrowserContext): Promise<Session> {
  const page = await context.newPage();
  return {
    page: tabOf(page),
    waitForWindow: async (url) => {
      const target = await context.waitForTarget((candidate) => url.test(candidate.url()), { timeout: WAIT_MS });
      const opened = await target.page();
      if (!opened) throw new Error(`the window at ${target.url()} has no page`);
      return tabOf(opened);
    },
    close: () => context.close(),
  };
}

export async function launchFirefox(): Promise<Engine> {
  const browser: Browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    timeout: 30_000,
    protocolTimeout: 30_000,
    extraPrefsFirefox: OFFLINE_PREFS,
  });
  return {
    name: "firefox",
    version: await browser.version(),
    newSession: async () => sessionOf(await browser.createBrowserContext()),
    quit: () => browser.close(),
  };
}
