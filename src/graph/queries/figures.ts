// Casualty figures side by side: every figure about a subject (and of a kind), each with who it is
// attributed to, the agency that carried it, its article and date, ordered by date, and marked
// where figures disagree. Terminology: a *figure* is one fact seen beside the others of its
// subject and kind; its *day* is the day the text says it happened, else its article's
// publication day.
import { type FactKind } from '../../domain/index.js';
import { type FactRecord } from '../attributes.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { listFacts } from './facts.js';

/** One casualty figure beside the others of its subject and kind. */
export interface FigureRecord {
  readonly fact: FactRecord;
  /** Id of the entity the article credits the figure to; null when it does not say. */
  readonly attributedTo: string | null;
  /** Id of the news agency that carried it; null when none is named. */
  readonly reportedBy: string | null;
  /** Publication date of the article; null when unknown. */
  readonly publishedAt: string | null;
  /** The day the figure is about (YYYY-MM-DD): the text's date, else the publication day; null when neither is known. */
  readonly day: string | null;
  /** Ids of the facts of the same subject, kind and day that give another count (from another sentence). */
  readonly disagreesWith: readonly string[];
}

/** Options of listFigures. */
export interface FiguresOptions {
  /** Only figures about this entity (merged ids are followed); every figure when absent. */
  readonly subject?: string | null;
  readonly kind?: FactKind | null;
}

/**
 * The figures about `subject` (all when absent) of `kind` (all when absent), ordered by date
 * (dated before undated, then the order they were read). Two figures disagree when they have
 * the same subject, kind and day but different counts and come from different sentences (one
 * sentence giving two counts, "13 dead, after 8 were confirmed", is one source revising itself).
 * A figure whose day is unknown is compared with every figure of its subject and kind.
 */
export function listFigures(store: ReadonlyStore, options: FiguresOptions = {}): FigureRecord[] {
  const subject = options.subject ?? null;
  if (subject !== null && store.resolveEntityId(subject) === undefined) return [];
  const facts = listFacts(store, { subject, kind: options.kind ?? null, orderBy: { field: 'DATE', direction: 'ASC' } });
  const publishedAt = (f: FactRecord): string | null => store.getDocument(f.evidence.document)?.publishedAt ?? null;
  const dayOf = (f: FactRecord): string | null => f.when?.date ?? publishedAt(f)?.slice(0, 10) ?? null;
  return facts.map((fact) => {
    const day = dayOf(fact);
    const disagreesWith = facts
      .filter((other) => {
        if (other.kind !== fact.kind || other.subject !== fact.subject || other.count === fact.count) return false;
        if (other.evidence.document === fact.evidence.document && other.evidence.sentence === fact.evidence.sentence) return false;
        const otherDay = dayOf(other);
        return day === null || otherDay === null || day === otherDay;
      })
      .map((other) => other.id);
    return {
      fact,
      attributedTo: fact.evidence.attributedTo ?? null,
      reportedBy: fact.evidence.reportedBy ?? null,
      publishedAt: publishedAt(fact),
      day,
      disagreesWith,
    };
  });
}
