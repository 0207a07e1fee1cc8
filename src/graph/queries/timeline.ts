// An entity's timeline: what it said (statements), the figures about it (facts) and the relations
// stated about it, one entry per sentence that states them, ordered by the date of the document
// (publication date, falling back to ingestion order), then by position in the document.
import { type Evidence } from '../../domain/index.js';
import { type FactRecord, type RelationRecord, type StatementRecord } from '../attributes.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { type LazyConnection, type PageOptions, pageFrom } from './connection.js';
import { type DateRange, allowed, compareDocumentTimes, documentTimes, publishedWithin, timeWindow } from './filters.js';
import { listFacts } from './facts.js';
import { relationsOf } from './relations.js';

/** Kinds of timeline entries, in the order they are listed within one sentence. */
export const TIMELINE_KINDS = ['RELATION', 'STATEMENT', 'FACT'] as const;
/** Kind of a timeline entry. */
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One thing the articles say about the entity, where and when. */
export type TimelineEntry =
  | { readonly kind: 'RELATION'; readonly evidence: Evidence; readonly item: RelationRecord }
  | { readonly kind: 'STATEMENT'; readonly evidence: Evidence; readonly item: StatementRecord }
  | { readonly kind: 'FACT'; readonly evidence: Evidence; readonly item: FactRecord };

/** Entity, filters and page of timeline. */
export interface TimelineOptions extends PageOptions {
  readonly entity: string;
  /** Only entries of these kinds (all when absent or empty). */
  readonly kinds?: readonly TimelineKind[] | null;
  /** Only entries from documents published in this range. */
  readonly published?: DateRange | null;
}

/** Every timeline entry of the entity that passes the filters, oldest first; empty for an unknown entity. */
export function timelineEntries(store: ReadonlyStore, options: Omit<TimelineOptions, 'first' | 'after'>): TimelineEntry[] {
  const id = store.resolveEntityId(options.entity);
  if (id === undefined) return [];
  const kinds = allowed(options.kinds);
  const window = timeWindow(options.published, 'timeline');
  const entries: TimelineEntry[] = [];
  const wants = (kind: TimelineKind): boolean => kinds === undefined || kinds.has(kind);
  if (wants('RELATION')) {
    for (const relation of relationsOf(store, { entity: id })) {
      for (const evidence of relation.evidence) entries.push({ kind: 'RELATION', evidence, item: relation });
    }
  }
  if (wants('STATEMENT')) {
    for (const statement of store.statements()) {
      if (statement.speaker === id || statement.reportedBy === id) entries.push({ kind: 'STATEMENT', evidence: statement.evidence, item: statement });
    }
  }
  if (wants('FACT')) {
    for (const fact of listFacts(store, { subject: id })) entries.push({ kind: 'FACT', evidence: fact.evidence, item: fact });
  }
  const times = documentTimes(store);
  const kindOrder = (kind: TimelineKind): number => TIMELINE_KINDS.indexOf(kind);
  return entries
    .filter((e) => publishedWithin(store, e.evidence.document, window))
    .sort(
      (a, b) =>
        compareDocumentTimes(times.get(a.evidence.document), times.get(b.evidence.document)) ||
        a.evidence.sentence - b.evidence.sentence ||
        a.evidence.start - b.evidence.start ||
        kindOrder(a.kind) - kindOrder(b.kind),
    );
}

/** One page of an entity's timeline. */
export function timeline(store: ReadonlyStore, options: TimelineOptions): LazyConnection<TimelineEntry> {
  const entries = timelineEntries(store, options);
  return pageFrom(
    () => entries,
    { defaultSize: 50, ...options, where: 'timeline' },
    (e) => e,
    (e) => `${e.item.id}@${e.evidence.document}:${e.evidence.sentence}`,
    () => entries.length,
  );
}
