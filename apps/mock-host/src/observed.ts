import type { Context, Next } from "hono";
import { Hono } from "hono";

/**
 * What this mock host has handed out and been asked, for leak scans (issue 8):
 * every secret it issued (session, client, access, link session, exchangeable
 * and bearer tokens, and the keys it accepts), every OAuth code, and the URL
 * and `Referer` of every request. A test (or an integrator's own suite) reads
 * them at `GET /_mock/observed` and checks that no secret shows up where it
 * must not: a URL, a Referer, storage, the console.
 *
 * One record per process, like the stores' data: the mock host is a test
 * server, and a scan wants everything it ever issued.
 */
class Observed {
  readonly secrets = new Set<string>();
  readonly oauthCodes = new Set<string>();
  readonly requests: { method: string; url: string; referer: string | null }[] = [];

  /** Remembers a secret it issues, and returns it. */
  secret<T extends string>(value: T): T {
    this.secrets.add(value);
    return value;
  }

  oauthCode<T extends string>(value: T): T {
    this.oauthCodes.add(value);
    return value;
  }

  middleware() {
    return async (c: Context, next: Next) => {
      if (!c.req.path.startsWith("/_mock/")) {
        this.requests.push({ method: c.req.method, url: c.req.url, referer: c.req.header("referer") ?? null });
        if (this.requests.length > REQUEST_LOG_SIZE) this.requests.splice(0, this.requests.length - REQUEST_LOG_SIZE);
      }
      await next();
    };
  }

  routes(): Hono {
    const app = new Hono();
    app.get("/_mock/observed", (c) =>
      c.json({ secrets: [...this.secrets], oauthCodes: [...this.oauthCodes], requests: this.requests }),
    );
    return app;
  }
}

const REQUEST_LOG_SIZE = 50_000;

export const observed = new Observed();
