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
    throw new InvalidInputError(`"${cursor}" is not a cursor of this API.`);
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
 * most `first` items. Throws InvalidInputError for a negative or too large `first`, naming the
 * API field `where`.
 */
export function paginate<T extends SortPosition, N>(
  items: readonly T[],
  options: { readonly first?: number | null; readonly after?: string | null },
  toNode: (item: T) => N,
  where: string,
): Connection<N> {
  const first = pageSize(options.first, where);
  const start = options.after === undefined || options.after === null ? 0 : firstIndexAfter(items, decodeCursor(options.after));
  return connectionAt(items, start, first, (item) => ({ node: toNode(item), cursor: encodeCursor(item) }));
}

/** The page of at most `first` items of `items` from offset `start`, each made an edge by `edgeOf`. */
export function connectionAt<T, N>(items: readonly T[], start: number, first: number, edgeOf: (item: T) => Edge<N>): Connection<N> {
  const edges = items.slice(start, start + first).map(edgeOf);
  return { edges, pageInfo: pageInfoOf(edges, start, start + edges.length < items.length), totalCount: items.length };
}

/** Where the page `edges`, which starts at offset `start` of its list, sits in it. */
function pageInfoOf(edges: readonly Edge<unknown>[], start: number, hasNextPage: boolean): PageInfo {
  return { hasNextPage, hasPreviousPage: start > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
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

/**
 * The page size asked for, checked; throws InvalidInputError for a negative or too large one,
 * naming `where`, the API field asked (not a function of ours: the message is the client's).
 */
export function pageSize(requested: number | null | undefined, where: string, fallback = DEFAULT_PAGE_SIZE, max = MAX_PAGE_SIZE): number {
  const first = requested ?? fallback;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new InvalidInputError(`${where}: first must be an integer from 0 to ${max}, got ${first}.`);
  }
  return first;
}

/**
 * A page whose total is counted only when a client selects `totalCount` (GraphQL's default
 * resolver calls a function-valued property), so a page of ten never walks the whole list twice.
 */
export interface LazyConnection<T> {
  readonly edges: readonly Edge<T>[];
  readonly pageInfo: PageInfo;
  /** Number of items that pass the filters, over all pages. */
  totalCount(): number;
}

/** A page asked for: its size and the cursor it starts after. */
export interface PageOptions {
  readonly first?: number | null;
  readonly after?: string | null;
  /** Default page size when `first` is absent. */
  readonly defaultSize?: number;
  /** Largest page allowed. */
  readonly maxSize?: number;
}

/** Options of pageFrom: the page asked for and `where`, the API field asked, for messages. */
export type PageRequest = PageOptions & { readonly where: string };

/**
 * One page of a list given as a repeatable iterable, in its own order. Cursors are positions in
 * that list (offset cursors, as graphql-relay's arrays), so they are valid for the same filters
 * and order at the same graph version. The list is walked only up to the end of the page; the total
 * is `count()` when given (such as a size the store keeps), else a second walk, and only when asked.
 */
export function pageFrom<T, N>(
  list: () => Iterable<T>,
  options: PageRequest,
  toNode: (item: T) => N,
  idOf: (item: T) => string,
  count?: () => number,
): LazyConnection<N> {
  const first = pageSize(options.first, options.where, options.defaultSize, options.maxSize);
  const start = options.after === undefined || options.after === null ? 0 : offsetOf(options.after) + 1;
  const edges: Edge<N>[] = [];
  let index = 0;
  let hasNextPage = false;
  for (const item of list()) {
    if (index >= start + first) {
      hasNextPage = true;
      break;
    }
    if (index >= start) edges.push({ node: toNode(item), cursor: encodeCursor({ sortKey: `@${index}`, id: idOf(item) }) });
    index += 1;
  }
  return {
    edges,
    pageInfo: pageInfoOf(edges, start, hasNextPage),
    totalCount:
      count ??
      (() => {
        let total = 0;
        for (const _ of list()) total += 1;
        return total;
      }),
  };
}

/** Position an offset cursor of pageFrom points at; throws InvalidInputError for any other cursor. */
function offsetOf(cursor: string): number {
  const { sortKey } = decodeCursor(cursor);
  const offset = sortKey.startsWith('@') ? Number(sortKey.slice(1)) : Number.NaN;
  if (!Number.isInteger(offset) || offset < 0) throw new InvalidInputError(`after: "${cursor}" is not a cursor of this list.`);
  return offset;
}
