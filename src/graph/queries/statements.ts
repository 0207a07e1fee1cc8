// Quotes, filtered by who said them, which agency carried them, the document and its date.
import { type StatementRecord } from '../attributes.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { type LazyConnection, type PageOptions, pageFrom } from './connection.js';
import { type DateRange, compareDocumentTimes, documentTimes, publishedWithin, timeWindow } from './filters.js';
import { perVersion } from './version-cache.js';
import { type Order, sortStable } from './order.js';

/** Sort fields of statements: the order they were read, or their document's date. */
export const STATEMENT_ORDER_FIELDS = ['INSERTION', 'DATE'] as const;
/** Sort field of statements. */
export type StatementOrderField = (typeof STATEMENT_ORDER_FIELDS)[number];

/** Filters of listStatements; entity ids follow merges. */
export interface ListStatementsOptions {
  readonly speaker?: string | null;
  readonly reportedBy?: string | null;
  /** Only statements of this document. */
  readonly document?: string | null;
  /** Only statements of documents published in this range. */
  readonly published?: DateRange | null;
  readonly orderBy?: Order<StatementOrderField> | null;
}

/** The statements that pass the filters, in ingestion order unless `orderBy` says otherwise. An unknown entity matches none. */
export function listStatements(store: ReadonlyStore, options: ListStatementsOptions = {}): StatementRecord[] {
  const speaker = wanted(store, options.speaker);
  const reportedBy = wanted(store, options.reportedBy);
  const document = options.document ?? null;
  const window = timeWindow(options.published, 'statements');
  const statements = [...store.statements()].filter(
    (s) =>
      (speaker === undefined || s.speaker === speaker) &&
      (reportedBy === undefined || s.reportedBy === reportedBy) &&
      (document === null || s.evidence.document === document) &&
      publishedWithin(store, s.evidence.document, window),
  );
  const field = options.orderBy?.field ?? 'INSERTION';
  if (field === 'INSERTION') return options.orderBy?.direction === 'DESC' ? statements.reverse() : statements;
  const times = documentTimes(store);
  return sortStable(statements, (a, b) => compareDocumentTimes(times.get(a.evidence.document), times.get(b.evidence.document)), options.orderBy?.direction);
}

/** One page of listStatements. */
export function statementPage(store: ReadonlyStore, options: ListStatementsOptions & PageOptions = {}): LazyConnection<StatementRecord> {
  const statements = listStatements(store, options);
  return pageFrom(
    () => statements,
    { ...options, where: 'statementConnection' },
    (s) => s,
    (s) => s.id,
    () => statements.length,
  );
}

/** The statement with this id, or null. */
export function getStatement(store: ReadonlyStore, options: { readonly id: string }): StatementRecord | null {
  return statementsById(store).get(options.id) ?? null;
}

/** undefined when the filter is off, null when it names no entity (so nothing matches). */
function wanted(store: ReadonlyStore, id: string | null | undefined): string | null | undefined {
  if (id === undefined || id === null) return undefined;
  return store.resolveEntityId(id) ?? null;
}

/** Statements by id, per store version. */
const statementsById = perVersion((store: ReadonlyStore): ReadonlyMap<string, StatementRecord> => new Map([...store.statements()].map((x) => [x.id, x])));

/** The filter part of ListStatementsOptions, as the API's StatementFilter input gives it. */
export type StatementFilter = Omit<ListStatementsOptions, 'orderBy'>;
