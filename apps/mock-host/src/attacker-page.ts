import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { FRAMES_DIR } from "./frame-pages.js";

/**
 * The hostile page of the test suite (frames/attacker), on every listener of
 * a host started with test hooks (`MOCK_TEST_HOOKS=1`): it has no
 * Content-Security-Policy and may be framed by anyone, as an ad or a
 * compromised widget would be.
 */
export function attackerRoutes(): Hono {
  const app = new Hono();
  let html: string | undefined;
  app.get("/_mock/attacker", (c) => {
    html ??= readFileSync(join(FRAMES_DIR, "attacker/attacker.html"), "utf8");
    c.header("Cache-Control", "no-store");
    return c.html(html);
  });
  // A sandboxed attacker (origin `null`) fetches its module script cross-origin.
  app.use("/static/*", async (c, next) => {
    await next();
    c.header("Access-Control-Allow-Origin", "*");
  });
  app.use("/static/*", serveStatic({ root: FRAMES_DIR, rewriteRequestPath: (path) => path.replace(/^\/static/, "") }));
  return app;
}
