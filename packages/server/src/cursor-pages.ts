import type { CallOptions } from "./http/client-options.js";
import { err, type Result } from "./result.js";
import { ServerError, ServerErrorCode } from "./server-error.js";

/** Pages one iteration fetches at most, unless `maxPages` says otherwise. */
export const DEFAULT_MAX_PAGES = 1000;

/** What a call that follows pages may take. */
export interface PagingOptions extends CallOptions {
  /** Pages fetched at most, the first included; past it, `PAGING_LIMIT_EXCEEDED`. Default 1000. */
  readonly maxPages?: number;
}

/**
 * Every page of a cursor-paged list, in turn; a failed page is yielded as an
 * error `Result` and ends it. The cursor is the API's word, and an API that
 * answers a cursor it gave before, or new ones without end, would keep the
 * caller paging forever: so a repeated cursor (`PAGING_CURSOR_REPEATED`) or
 * a page past `maxPages` (`PAGING_LIMIT_EXCEEDED`) is yielded as an error
 * instead of being fetched, and ends it.
 */
export async function* cursorPages<Page extends { readonly nextCursor: string | null }>(
  fetchPage: (cursor: string | undefined) => Promise<Result<Page>>,
  maxPages: number = DEFAULT_MAX_PAGES,
): AsyncGenerator<Result<Page>> {
  if (!(Number.isInteger(maxPages) && maxPages >= 1)) {
    yield err(new ServerError(ServerErrorCode.InvalidArgument, "maxPages must be a whole number ≥ 1."));
    return;
  }
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let fetched = 1; ; fetched++) {
    const page = await fetchPage(cursor);
    yield page;
    if (!page.ok || page.value.nextCursor === null) return;
    cursor = page.value.nextCursor;
    if (seen.has(cursor)) {
      yield err(
        new ServerError(
          ServerErrorCode.PagingCursorRepeated,
          `The API gave a cursor it had given before; paging stopped after ${fetched} pages.`,
        ),
      );
      return;
    }
    if (fetched === maxPages) {
      yield err(
        new ServerError(ServerErrorCode.PagingLimitExceeded, `More than maxPages (${maxPages}) pages; paging stopped.`),
      );
      return;
    }
    seen.add(cursor);
  }
}
