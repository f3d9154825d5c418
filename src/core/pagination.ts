import { InvalidResponseError, PaginationError } from "../errors.js";

/** A page of a cursor-paginated listing, exactly as the API returns it. */
export interface CursorPage<Item> {
  items: Item[];
  nextCursor?: string | null;
}

/**
 * What a paginated `list()` returns: await it for the first page as documented, or iterate it with
 * `for await` for every item of every page, one page in memory at a time.
 */
export class PagePromise<Page extends CursorPage<unknown>>
  implements PromiseLike<Page>, AsyncIterable<Page["items"][number]>
{
  readonly #fetchPage: (cursor: string | undefined) => Promise<Page>;
  readonly #cursor: string | undefined;
  #first: Promise<Page> | undefined;

  constructor(fetchPage: (cursor: string | undefined) => Promise<Page>, cursor: string | undefined) {
    this.#fetchPage = fetchPage;
    this.#cursor = cursor;
  }

  #firstPage(): Promise<Page> {
    this.#first ??= this.#fetchPage(this.#cursor);
    return this.#first;
  }

  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is awaited like the page it resolves to.
  then<A = Page, B = never>(
    onfulfilled?: ((page: Page) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page | B> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page> {
    return this.#firstPage().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return "PagePromise";
  }

  /** Every page in turn, starting with the first; stops on a missing or null `nextCursor`. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    const seen = new Set<string>();
    if (this.#cursor !== undefined) seen.add(this.#cursor);
    let page: Page | undefined = await this.#firstPage();
    while (page) {
      const next: unknown = page.nextCursor;
      if (next === undefined || next === null || next === "") {
        yield page;
        return;
      }
      if (typeof next !== "string") {
        throw new InvalidResponseError(`nextCursor must be a string, got ${typeof next}`, {});
      }
      // A page that hands back a cursor already seen is a page already seen: stop before
      // yielding it twice and before looping forever.
      if (seen.has(next)) {
        throw new PaginationError(
          `The API returned cursor ${JSON.stringify(next.slice(0, 40))} twice; stopping to avoid an endless listing`,
          { meta: { pages: seen.size + 1 } },
        );
      }
      seen.add(next);
      yield page;
      page = undefined; // let the previous page go before the next arrives
      page = await this.#fetchPage(next);
    }
  }

  /** Every item of every page, one page in memory at a time. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Page["items"][number], void, undefined> {
    for await (const page of this.pages()) yield* page.items as Page["items"][number][];
  }
}

/**
 * A cursor-paginated listing: awaitable as its first page, iterable over every item. `fetchPage`
 * is the namespace's one typed call with the query of a page.
 */
export function pages<Page extends CursorPage<unknown>>(
  query: { cursor?: string } | undefined,
  fetchPage: (query: { cursor?: string }) => Promise<{ data?: Page }>,
): PagePromise<Page> {
  // Bad input rejects the first page (the serializers check it) rather than throwing
  // synchronously, so `list(...).catch()` sees it too.
  return new PagePromise<Page>(async (cursor) => {
    const page = (await fetchPage({ ...query, cursor })).data as Page;
    if (!Array.isArray(page.items)) {
      throw new InvalidResponseError("The listing answered without an items array", {
        statusCode: 200,
      });
    }
    return page;
  }, query?.cursor);
}
