import { InvalidResponseError, PaginationError } from "../errors.js";
/**
 * What a paginated `list()` returns: await it for the first page as documented, or iterate it with
 * `for await` for every item of every page, one page in memory at a time.
 */
export class PagePromise {
    #fetchPage;
    #cursor;
    #first;
    constructor(fetchPage, cursor) {
        this.#fetchPage = fetchPage;
        this.#cursor = cursor;
    }
    #firstPage() {
        this.#first ??= this.#fetchPage(this.#cursor);
        return this.#first;
    }
    // biome-ignore lint/suspicious/noThenProperty: a PagePromise is awaited like the page it resolves to.
    then(onfulfilled, onrejected) {
        return this.#firstPage().then(onfulfilled, onrejected);
    }
    catch(onrejected) {
        return this.#firstPage().catch(onrejected);
    }
    finally(onfinally) {
        return this.#firstPage().finally(onfinally);
    }
    get [Symbol.toStringTag]() {
        return "PagePromise";
    }
    /** Every page in turn, starting with the first; stops on a missing or null `nextCursor`. */
    async *pages() {
        const seen = new Set();
        if (this.#cursor !== undefined)
            seen.add(this.#cursor);
        let page = await this.#firstPage();
        while (page) {
            const next = page.nextCursor;
            yield page;
            if (next === undefined || next === null || next === "")
                return;
            if (typeof next !== "string") {
                throw new InvalidResponseError(`nextCursor must be a string, got ${typeof next}`, {
                    code: "kontext_invalid_response",
                });
            }
            // A server that hands back a cursor it already gave would make this loop forever.
            if (seen.has(next)) {
                throw new PaginationError(`The API returned cursor ${JSON.stringify(next.slice(0, 40))} twice; stopping to avoid an endless listing`, {
                    code: "kontext_pagination_loop",
                    meta: { pages: seen.size + 1 },
                });
            }
            seen.add(next);
            page = undefined; // let the previous page go before the next arrives
            page = await this.#fetchPage(next);
        }
    }
    async *[Symbol.asyncIterator]() {
        for await (const page of this.pages()) {
            for (const item of page.items)
                yield item;
        }
    }
}
