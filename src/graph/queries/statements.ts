// Quotes, filtered by who said them and which agency carried them.
import { type StatementRecord } from '../attributes.js';
import { type GraphStore } from '../store.js';

/** Filters of listStatements; both take entity ids (merged ids are followed). */
export interface ListStatementsOptions {
  readonly speaker?: string | null;
  readonly reportedBy?: string | null;
}

/** The statements that pass the filters, in ingestion order. An unknown entity matches none. */
export function listStatements(store: GraphStore, options: ListStatementsOptions = {}): StatementRecord[] {
  const speaker = wanted(store, options.speaker);
  const reportedBy = wanted(store, options.reportedBy);
  return [...store.statements()].filter(
    (s) => (speaker === undefined || s.speaker === speaker) && (reportedBy === undefined || s.reportedBy === reportedBy),
  );
}

/** undefined when the filter is off, null when it names no entity (so nothing matches). */
function wanted(store: GraphStore, id: string | null | undefined): string | null | undefined {
  if (id === undefined || id === null) return undefined;
  return store.resolveEntityId(id) ?? null;
}
