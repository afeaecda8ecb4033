import type { Context, Next } from "hono";
import { Hono } from "hono";

/**
 * Fault injection for tests, off until configured: `POST /_mock/faults`
 * with a plan, `DELETE /_mock/faults` to clear it. Requests are counted from
 * the moment the plan is set, among those whose path starts with `pathPrefix`.
 */
export interface FaultPlan {
  /** Only requests under this path are counted and touched. Default: every request but /_mock and /health. */
  readonly pathPrefix?: string;
  /** 1-based numbers of the matching requests to answer with `status`. */
  readonly failRequests?: readonly number[];
  /** Also fail this share of matching requests (0–1), at random. */
  readonly failRate?: number;
  /** The status of a failure. Default 500. */
  readonly status?: number;
  /** Sent as `Retry-After` with a failure. */
  readonly retryAfterSeconds?: number;
  /** 1-based numbers of the matching requests whose connection is dropped without an answer. */
  readonly dropRequests?: readonly number[];
  /** Every matching request waits this long before it is handled. */
  readonly delayMs?: number;
}

export class Faults {
  #plan: FaultPlan | undefined;
  #count = 0;

  set(plan: FaultPlan | undefined): void {
    this.#plan = plan;
    this.#count = 0;
  }

  middleware() {
    return async (c: Context, next: Next) => {
      const plan = this.#plan;
      const path = c.req.path;
      if (
        !plan ||
        path.startsWith("/_mock") ||
        path === "/health" ||
        (plan.pathPrefix && !path.startsWith(plan.pathPrefix))
      ) {
        return next();
      }
      const number = ++this.#count;
      if (plan.delayMs) await new Promise((resolve) => setTimeout(resolve, plan.delayMs));
      if (plan.dropRequests?.includes(number)) {
        (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming?.socket?.destroy();
        return c.body(null, 500);
      }
      if (plan.failRequests?.includes(number) || (plan.failRate && Math.random() < plan.failRate)) {
        if (plan.retryAfterSeconds !== undefined) c.header("Retry-After", String(plan.retryAfterSeconds));
        const status = plan.status ?? 500;
        const code = status === 429 ? "RATE_LIMIT_EXCEEDED" : "INTERNAL_ERROR";
        return c.json(
          { success: false, error: { code, message: `Injected fault on request ${number}.` } },
          status as 500,
        );
      }
      return next();
    };
  }

  routes(): Hono {
    const app = new Hono();
    app.post("/_mock/faults", async (c) => {
      this.set((await c.req.json().catch(() => ({}))) as FaultPlan);
      return c.json({ ok: true });
    });
    app.delete("/_mock/faults", (c) => {
      this.set(undefined);
      return c.json({ ok: true });
    });
    return app;
  }
}
