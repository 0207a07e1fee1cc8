// The filters lists share: a publication date range over the documents a record was read from,
// a document, a minimum confidence. One place decides what "published between" means, so every
// list answers the same question the same way.
import { InvalidInputError } from '../../domain/index.js';
import { type DocumentRecord } from '../attributes.js';
import { type ReadonlyStore } from '../readonly-store.js';

/** Publication dates, ISO 8601, both ends included; a date without a time covers the whole day. */
export interface DateRange {
  readonly from?: string | null;
  readonly to?: string | null;
}

/** A DateRange read into milliseconds since the epoch; an absent end is unbounded. */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** The window a range covers, or undefined when no range is given. Throws InvalidInputError on a bad date. */
export function timeWindow(range: DateRange | null | undefined, where: string): TimeWindow | undefined {
  if (range === undefined || range === null) return undefined;
  const from = range.from ?? null;
  const to = range.to ?? null;
  if (from === null && to === null) return undefined;
  const window = {
    from: from === null ? Number.NEGATIVE_INFINITY : parseDate(from, where),
    to: to === null ? Number.POSITIVE_INFINITY : parseDate(to, where) + (DATE_ONLY.test(to) ? DAY_MS - 1 : 0),
  };
  if (window.from > window.to) throw new InvalidInputError(`${where}: the range starts after it ends ("${from}" > "${to}").`);
  return window;
}

function parseDate(value: string, where: string): number {
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(time)) {
    throw new InvalidInputError(`${where}: "${value}" is not an ISO 8601 date such as "2022-01-06".`);
  }
  return time;
}

/** Where each document sits in time: its publication time (NaN when unknown) and its ingestion rank. */
export interface DocumentTime {
  readonly published: number;
  readonly rank: number;
}

/** The times derived so far per store, and for which documents epoch. */
const timesByStore = new WeakMap<ReadonlyStore, { epoch: number; readonly times: Map<string, DocumentTime> }>();

/**
 * Publication time and ingestion rank of every document. Documents are only ever added at the end
 * until the store's documents epoch changes, so a write adds its document's time here instead of
 * every document's being derived again for each new graph version.
 */
export function documentTimes(store: ReadonlyStore): ReadonlyMap<string, DocumentTime> {
  let known = timesByStore.get(store);
  if (known === undefined || known.epoch !== store.documentsEpoch) {
    known = { epoch: store.documentsEpoch, times: new Map() };
    timesByStore.set(store, known);
  }
  const { times } = known;
  if (times.size === store.documentCount) return times;
  let rank = 0;
  for (const document of store.documents()) {
    if (rank >= times.size) times.set(document.id, { published: publishedTime(document), rank });
    rank += 1;
  }
  return times;
}

/** The publication time of a document, NaN when it has none. */
export function publishedTime(document: DocumentRecord): number {
  return document.publishedAt === null ? Number.NaN : Date.parse(document.publishedAt);
}

/** True when the document was published inside the window; a document without a date is outside every window. */
export function publishedWithin(store: ReadonlyStore, documentId: string, window: TimeWindow | undefined): boolean {
  if (window === undefined) return true;
  const time = documentTimes(store).get(documentId)?.published ?? Number.NaN;
  return !Number.isNaN(time) && time >= window.from && time <= window.to;
}

/**
 * Orders documents by time: dated documents by publication date, then undated ones; ties and
 * undated documents keep their ingestion order.
 */
export function compareDocumentTimes(a: DocumentTime | undefined, b: DocumentTime | undefined): number {
  const aDated = a !== undefined && !Number.isNaN(a.published);
  const bDated = b !== undefined && !Number.isNaN(b.published);
  if (aDated && bDated && a.published !== b.published) return a.published - b.published;
  if (aDated !== bDated) return aDated ? -1 : 1;
  return (a?.rank ?? Number.MAX_SAFE_INTEGER) - (b?.rank ?? Number.MAX_SAFE_INTEGER);
}

/** A set of allowed values, or undefined when the filter is off (absent or empty list). */
export function allowed<T>(values: readonly T[] | null | undefined): ReadonlySet<T> | undefined {
  return values === undefined || values === null || values.length === 0 ? undefined : new Set(values);
}

/** Throws InvalidInputError unless `value` is a number from 0 to 1 (or absent). */
export function checkConfidence(value: number | null | undefined, where: string): number {
  if (value === undefined || value === null) return 0;
  if (!(value >= 0 && value <= 1)) throw new InvalidInputError(`${where}: minConfidence must be from 0 to 1, got ${value}.`);
  return value;
}
