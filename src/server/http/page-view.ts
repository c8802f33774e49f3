/** One page of a list as tRPC answers it: the rows under `items`, the counts in REST's words. */
export type TPageView<T> = { items: T[]; total: number; page: number; page_size: number; page_count: number };

/** A domain page (`pageSize`, `pageCount`) with each row mapped to its DTO. */
export function toPageView<R, T>(page: { items: R[]; total: number; page: number; pageSize: number; pageCount: number }, map: (row: R) => T): TPageView<T> {
  return { items: page.items.map((row) => map(row)), total: page.total, page: page.page, page_size: page.pageSize, page_count: page.pageCount };
}
