/** Lists split into server-rendered pages of a fixed size: the archive index and /action-items/. */

/** Rows per server-rendered page. */
export const PAGE_SIZE = 50;

/** How many pages `total` rows fill; an empty list still has its first page. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The rows of page `page` (1-based). */
export function pageRows<T>(rows: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return rows.slice((page - 1) * size, page * size);
}

/** The numbers of the pages after the first, which get their own paths (`page/2/`, ...). */
export function laterPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}
