/** A slice of a list in cursor order; `nextCursor` is opaque to clients and null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Which slice of a list is asked for: after `cursor` (the start when absent), at most `limit` items. */
export interface PageRequest {
  cursor?: string;
  limit: number;
}

/** Builds a page from `limit + 1` rows fetched in cursor order: the extra row only says there is more. */
export function toPage<TRow, TItem>(
  rows: TRow[],
  limit: number,
  toItem: (row: TRow) => TItem,
  cursorOf: (row: TRow) => string,
): Page<TItem> {
  const items = rows.slice(0, limit);
  return {
    items: items.map(toItem),
    nextCursor: rows.length > limit ? cursorOf(items[items.length - 1]) : null,
  };
}

/** The same page with each item mapped (a domain page to its view). */
export function mapPage<TFrom, TTo>(page: Page<TFrom>, toItem: (item: TFrom) => TTo): Page<TTo> {
  return { items: page.items.map(toItem), nextCursor: page.nextCursor };
}
