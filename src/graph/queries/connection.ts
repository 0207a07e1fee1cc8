// Relay-style pages over a sorted list: opaque cursors, `first`/`after`, page info and the total.
// Cursors carry the sort key and id of an item, so a page stays correct when items are added
// before it; a cursor that cannot be read is the caller's mistake, never a crash.
import { InvalidInputError } from '../../domain/index.js';

/** One item of a page and the cursor that points just after it. */
export interface Edge<T> {
  readonly node: T;
  readonly cursor: string;
}

/** Where a page sits in the whole list. */
export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

/** One page of a list, with the size of the whole (filtered) list. */
export interface Connection<T> {
  readonly edges: readonly Edge<T>[];
  readonly pageInfo: PageInfo;
  readonly totalCount: number;
}

/** Page size when the caller gives none. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page a caller may ask for. */
export const MAX_PAGE_SIZE = 100;

/** Position of an item in a list sorted by (sortKey, id). */
export interface SortPosition {
  readonly sortKey: string;
  readonly id: string;
}

/** The opaque cursor of a position. */
export function encodeCursor(position: SortPosition): string {
  return Buffer.from(JSON.stringify([position.sortKey, position.id]), 'utf8').toString('base64url');
}

/** The position a cursor points at; throws InvalidInputError when it is not one of ours. */
export function decodeCursor(cursor: string): SortPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') {
    throw new InvalidInputError(`decodeCursor: "${cursor}" is not a cursor of this API.`);
  }
  return { sortKey: parsed[0], id: parsed[1] };
}

/** Orders positions by sort key, then id. */
export function comparePositions(a: SortPosition, b: SortPosition): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/**
 * The page of `items` (sorted by comparePositions) that starts just after `after` and holds at
 * most `first` items. Throws InvalidInputError for a negative or too large `first`.
 */
export function paginate<T extends SortPosition, N>(
  items: readonly T[],
  options: { readonly first?: number | null; readonly after?: string | null },
  toNode: (item: T) => N,
): Connection<N> {
  const first = options.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new InvalidInputError(`paginate: first must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${first}.`);
  }
  let start = 0;
  if (options.after !== undefined && options.after !== null) {
    const after = decodeCursor(options.after);
    start = firstIndexAfter(items, after);
  }
  const page = items.slice(start, start + first);
  const edges = page.map((item) => ({ node: toNode(item), cursor: encodeCursor(item) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + page.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: items.length,
  };
}

/** Index of the first item strictly after `position` (binary search). */
function firstIndexAfter(items: readonly SortPosition[], position: SortPosition): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const item = items[mid];
    if (item !== undefined && comparePositions(item, position) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
