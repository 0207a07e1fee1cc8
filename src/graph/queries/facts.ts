// Casualty figures, filtered by kind, subject, document and date, sorted by when or how many.
import { type FactKind } from '../../domain/index.js';
import { type FactRecord } from '../attributes.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { type LazyConnection, type PageOptions, pageFrom } from './connection.js';
import { type DateRange, allowed, compareDocumentTimes, documentTimes, publishedWithin, timeWindow } from './filters.js';
import { perVersion } from './version-cache.js';
import { type Order, compareNumbers, sortStable } from './order.js';

/** Sort fields of facts: the order they were read, their document's date, or the number reported. */
export const FACT_ORDER_FIELDS = ['INSERTION', 'DATE', 'COUNT'] as const;
/** Sort field of facts. */
export type FactOrderField = (typeof FACT_ORDER_FIELDS)[number];

/** Filters of listFacts. */
export interface ListFactsOptions {
  /** Only figures of this kind. */
  readonly kind?: FactKind | null;
  /** Only figures of these kinds. */
  readonly kinds?: readonly FactKind[] | null;
  /** Only figures about this entity (merged ids are followed). */
  readonly subject?: string | null;
  readonly document?: string | null;
  readonly published?: DateRange | null;
  readonly orderBy?: Order<FactOrderField> | null;
}

/** The facts that pass the filters, in ingestion order unless `orderBy` says otherwise. */
export function listFacts(store: ReadonlyStore, options: ListFactsOptions = {}): FactRecord[] {
  const { kind } = options;
  const kinds = allowed(options.kinds);
  const subject = options.subject === undefined || options.subject === null ? undefined : (store.resolveEntityId(options.subject) ?? null);
  const document = options.document ?? null;
  const window = timeWindow(options.published, 'facts');
  const facts = [...store.facts()].filter(
    (f) =>
      (kind === undefined || kind === null || f.kind === kind) &&
      (kinds === undefined || kinds.has(f.kind)) &&
      (subject === undefined || f.subject === subject) &&
      (document === null || f.evidence.document === document) &&
      publishedWithin(store, f.evidence.document, window),
  );
  const field = options.orderBy?.field ?? 'INSERTION';
  const direction = options.orderBy?.direction;
  switch (field) {
    case 'INSERTION':
      return direction === 'DESC' ? facts.reverse() : facts;
    case 'COUNT':
      return sortStable(facts, (a, b) => compareNumbers(a.count, b.count), direction);
    case 'DATE': {
      const times = documentTimes(store);
      return sortStable(facts, (a, b) => compareDocumentTimes(times.get(a.evidence.document), times.get(b.evidence.document)), direction);
    }
    default: {
      const unreachable: never = field;
      throw new Error(`listFacts: unknown order field "${String(unreachable)}".`);
    }
  }
}

/** One page of listFacts. */
export function factPage(store: ReadonlyStore, options: ListFactsOptions & PageOptions = {}): LazyConnection<FactRecord> {
  const facts = listFacts(store, options);
  return pageFrom(
    () => facts,
    { ...options, where: 'factConnection' },
    (f) => f,
    (f) => f.id,
    () => facts.length,
  );
}

/** The fact with this id, or null. */
export function getFact(store: ReadonlyStore, options: { readonly id: string }): FactRecord | null {
  return factsById(store).get(options.id) ?? null;
}

/** Facts by id, per store version. */
const factsById = perVersion((store: ReadonlyStore): ReadonlyMap<string, FactRecord> => new Map([...store.facts()].map((x) => [x.id, x])));

/** The filter part of ListFactsOptions, as the API's FactFilter input gives it. */
export type FactFilter = Omit<ListFactsOptions, 'orderBy' | 'kind'>;
