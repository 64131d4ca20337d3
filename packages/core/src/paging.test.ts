import { describe, expect, it } from 'vitest';
import { PAGE_MAX, readEveryPage, type Page } from './paging.ts';

/** A list of `count` numbers served a page at a time, as the API serves one; it records each page asked for. */
function pagedList(count: number, options: { shrinkAfterFirstPageBy?: number } = {}) {
  let items = Array.from({ length: count }, (_, index) => index);
  const asked: Array<{ limit: number; offset: number }> = [];
  const readPage = async ({ limit, offset }: { limit: number; offset: number }): Promise<Page<number>> => {
    asked.push({ limit, offset });
    const page = { items: items.slice(offset, offset + limit), total: items.length };
    if (asked.length === 1 && options.shrinkAfterFirstPageBy) items = items.slice(0, items.length - options.shrinkAfterFirstPageBy);
    return page;
  };
  return { readPage, asked };
}

describe('readEveryPage', () => {
  it('reads 230 items in three pages of the largest size, each once and in order', async () => {
    const list = pagedList(230);
    const items = await readEveryPage(list.readPage);
    expect(items).toEqual(Array.from({ length: 230 }, (_, index) => index));
    expect(list.asked).toEqual([
      { limit: PAGE_MAX, offset: 0 },
      { limit: PAGE_MAX, offset: 100 },
      { limit: PAGE_MAX, offset: 200 },
    ]);
  });

  it('asks once for a list that fits one page, and once for an empty list', async () => {
    const short = pagedList(7);
    expect(await readEveryPage(short.readPage)).toHaveLength(7);
    expect(short.asked).toHaveLength(1);
    const empty = pagedList(0);
    expect(await readEveryPage(empty.readPage)).toEqual([]);
    expect(empty.asked).toHaveLength(1);
  });

  it('stops at an empty page when the list shrank between two pages', async () => {
    // 110 when the first page was read, 5 when the second was: the second page is empty.
    const list = pagedList(110, { shrinkAfterFirstPageBy: 105 });
    const items = await readEveryPage(list.readPage);
    expect(items).toHaveLength(100);
    expect(list.asked).toHaveLength(2);
  });
});
