/**
 * The most a list answers at once. A list route without a limit answers its first page of this
 * many, with `total` beside it: no answer grows with the practice (decision 032).
 */
export const PAGE_MAX = 100;

export type Page<T> = { items: readonly T[]; total: number };

/**
 * Every item of a paged list, reading a page after another from offset 0 until `total` are read.
 * An empty page ends it too: items may go between two pages (an engagement ended and filtered
 * out), leaving `total` under what the first pages promised.
 */
export async function readEveryPage<T>(readPage: (page: { limit: number; offset: number }) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let total = Infinity; items.length < total; ) {
    const page = await readPage({ limit: PAGE_MAX, offset: items.length });
    if (page.items.length === 0) break;
    items.push(...page.items);
    total = page.total;
  }
  return items;
}
