// Assembling the log from stored rows, the same for every backend: documents and curation operations
// interleaved in sequence order (readLog), and a batch of changes since a sequence number
// (changesSince). The backends only run their queries and hand the rows here.
import { type CurationRow, type DocumentRow, curationEntries, curationEntry, documentEntry } from './codec.js';
import { type ChangeBatch, type ChangeEntry, type LogEntry } from './storage.js';

/** A row of the change table: its sequence number, what changed, and the document when one did. */
export interface ChangeRow {
  readonly seq: number;
  readonly kind: string;
  readonly document_id: string | null;
}

/** Kinds of change a follower applies on top of its graph; any other needs a rebuild. */
const FOLLOWED_KINDS: ReadonlySet<string> = new Set(['add', 'curate', 'remove']);

/**
 * Visits documents (given one by one, in sequence order, by the caller's query) and `curations`
 * (all of them, in sequence order) as one log in sequence order; `end()` visits the curations left.
 */
export function logInterleaver(curations: readonly CurationRow[], visit: (entry: LogEntry) => void): { document(row: DocumentRow): void; end(): void } {
  // Read whole first: each entry is marked with the undo that reverts it.
  const entries = curationEntries(curations);
  let next = 0;
  const curationsBefore = (seq: number): void => {
    for (; next < entries.length; next += 1) {
      const entry = entries[next];
      if (entry === undefined || entry.seq >= seq) return;
      visit(entry);
    }
  };
  return {
    document(row) {
      curationsBefore(row.seq);
      visit(documentEntry(row));
    },
    end() {
      curationsBefore(Infinity);
    },
  };
}

/** True when the changes since a point hold more than additions, curations and deletions, so a follower must rebuild. */
export function changesNeedRebuild(changes: readonly ChangeRow[]): boolean {
  return changes.some((c) => !FOLLOWED_KINDS.has(c.kind));
}

/**
 * The entries of `changes` (additions, curations and deletions only), from the rows read for them;
 * a rebuild when one is missing (a document added and deleted since, say).
 */
export function changeBatch(
  changes: readonly ChangeRow[],
  documents: ReadonlyMap<number, DocumentRow>,
  curations: ReadonlyMap<number, CurationRow>,
  since: number,
): ChangeBatch {
  const lastSeq = changes.at(-1)?.seq ?? since;
  if (changesNeedRebuild(changes)) return { entries: [], rebuild: true, lastSeq };
  const entries: ChangeEntry[] = [];
  for (const change of changes) {
    if (change.kind === 'remove' && change.document_id !== null) {
      entries.push({ kind: 'removal', seq: change.seq, document: change.document_id });
      continue;
    }
    const document = documents.get(change.seq);
    const curation = curations.get(change.seq);
    if (document !== undefined) entries.push(documentEntry(document));
    else if (curation !== undefined) entries.push(curationEntry(curation.seq, curation.op, curation.at, curation.by));
    else return { entries: [], rebuild: true, lastSeq };
  }
  return { entries, rebuild: false, lastSeq };
}
