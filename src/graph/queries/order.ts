// Ordering of lists: each list names its sort fields; every list sorts the same way, stably, so
// items that tie keep the list's natural (ingestion) order in either direction.

/** Ascending or descending. */
export const ORDER_DIRECTIONS = ['ASC', 'DESC'] as const;
/** Ascending or descending. */
export type OrderDirection = (typeof ORDER_DIRECTIONS)[number];

/** How a list is sorted: a field of its own and a direction (ascending when absent). */
export interface Order<F extends string> {
  readonly field: F;
  readonly direction?: OrderDirection | null;
}

/** A comparison of two items, ascending. */
export type Comparator<T> = (a: T, b: T) => number;

/**
 * `items` sorted by `compare` in `direction`; ties keep their order. `items` is not changed.
 */
export function sortStable<T>(items: readonly T[], compare: Comparator<T>, direction: OrderDirection | null | undefined): T[] {
  const sign = direction === 'DESC' ? -1 : 1;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => sign * compare(a.item, b.item) || a.index - b.index)
    .map(({ item }) => item);
}

/** Ascending comparison of numbers; NaN sorts last. */
export function compareNumbers(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
  return a - b;
}

/** Ascending comparison of strings, by code unit, so the order is the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
