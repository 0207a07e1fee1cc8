// How log entries become table rows and back, the same for every backend. Text is stored once: the
// document's text in its own column, out of the extraction JSON; a sentence's text when it is the
// slice of the document its offsets say; an evidence's sentence text when it is that sentence's,
// and its document id when it is the document's own.
// Reading puts them back (sharing one string per sentence, which also keeps the loaded graph
// small), so a round trip gives the extraction exactly. Reading checks the shape of what it
// parses, so a damaged row is reported by name instead of breaking the graph.
import { type Evidence, type Extraction, type SentenceSpan, StorageError } from '../../domain/index.js';
import { type CurationOp, isCurationOp } from '../curation.js';
import { type CurationEntry, type DocumentEntry } from './storage.js';

/** The columns of one stored document. */
export interface DocumentRow {
  readonly id: string;
  readonly seq: number;
  readonly title: string;
  readonly source: string | null;
  readonly publishedAt: string | null;
  readonly text: string;
  /** The extraction as JSON, without the document's text. */
  readonly extraction: string;
  readonly extractorVersion: string;
  readonly ingestedAt: string;
}

/** The entities one document mentions, one row each (the `document_entities` table). */
export interface DocumentEntityRow {
  readonly entityId: string;
  readonly name: string;
  readonly type: string;
}

/** The columns of a document and its extraction. */
export function documentRow(extraction: Extraction, extractorVersion: string, seq: number, ingestedAt: string): DocumentRow {
  const { document } = extraction;
  return {
    id: document.id,
    seq,
    title: document.title,
    source: document.source,
    publishedAt: document.publishedAt,
    text: document.text,
    extraction: extractionJson(extraction),
    extractorVersion,
    ingestedAt,
  };
}

/** An extraction as stored: JSON without the texts that can be found again (see the banner). */
export function extractionJson(extraction: Extraction): string {
  const { document } = extraction;
  const sentences = document.sentences;
  const evidence = (e: Evidence): Partial<Evidence> => {
    const { document: from, text, ...rest } = e;
    return { ...(from === document.id ? {} : { document: from }), ...rest, ...(sentences[e.sentence]?.text === text ? {} : { text }) };
  };
  return JSON.stringify({
    document: {
      ...document,
      text: undefined,
      sentences: sentences.map((s) => {
        if (document.text.slice(s.start, s.end) !== s.text) return s;
        const { text: _omitted, ...rest } = s;
        return rest;
      }),
    },
    entities: extraction.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, evidence: evidence(m.evidence) })) })),
    relations: extraction.relations.map((r) => ({ ...r, evidence: evidence(r.evidence) })),
    statements: extraction.statements.map((st) => ({ ...st, evidence: evidence(st.evidence) })),
    facts: extraction.facts.map((f) => ({ ...f, evidence: evidence(f.evidence) })),
  });
}

/** The texts extractionJson left out, put back from the document's text. */
function restoreTexts(stored: Extraction, text: string): Extraction {
  const sentences: SentenceSpan[] = stored.document.sentences.map((s) => (typeof s.text === 'string' ? s : { ...s, text: text.slice(s.start, s.end) }));
  // Evidence objects come fresh from JSON.parse and belong to this function: filled in place.
  const id = stored.document.id;
  const fill = (e: Evidence): void => {
    const missing = e as { document?: string; text?: string };
    if (typeof missing.document !== 'string') missing.document = id;
    if (typeof missing.text !== 'string') missing.text = sentences[e.sentence]?.text ?? '';
  };
  for (const entity of stored.entities) for (const mention of entity.mentions) fill(mention.evidence);
  for (const relation of stored.relations) fill(relation.evidence);
  for (const statement of stored.statements) fill(statement.evidence);
  for (const fact of stored.facts) fill(fact.evidence);
  return { ...stored, document: { ...stored.document, text, sentences } };
}

/** The rows of `document_entities` for an extraction. */
export function documentEntityRows(extraction: Extraction): DocumentEntityRow[] {
  return extraction.entities.map((e) => ({ entityId: e.id, name: e.name, type: e.type }));
}

/** The log entry of a stored document; throws StorageError naming the document when its row is damaged. */
export function documentEntry(row: DocumentRow): DocumentEntry {
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.extraction);
  } catch (error) {
    throw new StorageError(`the stored extraction of document "${row.id}" is not valid JSON (${reason(error)}).`, { cause: error });
  }
  if (!isExtractionShape(parsed) || parsed.document.id !== row.id) {
    throw new StorageError(`the stored extraction of document "${row.id}" is damaged (not an extraction of that document).`);
  }
  return {
    kind: 'document',
    seq: row.seq,
    extraction: restoreTexts(parsed, row.text),
    extractorVersion: row.extractorVersion,
    ingestedAt: row.ingestedAt,
  };
}

/** A row of the curation log. */
export interface CurationRow {
  readonly seq: number;
  readonly op: string;
  readonly at: string;
  readonly by: string | null;
}

/**
 * The log entries of curation rows in change order, each marked with the undo that reverts it.
 * Read newest first: an undo that is itself undone reverts nothing, so undoing an undo redoes.
 */
export function curationEntries(rows: readonly CurationRow[]): CurationEntry[] {
  const entries = rows.map((row) => curationEntry(row.seq, row.op, row.at, row.by));
  const undoneBy = new Map<number, number>();
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry = entries[i];
    if (entry === undefined || undoneBy.has(entry.seq) || entry.op.kind !== 'undo') continue;
    if (!undoneBy.has(entry.op.seq)) undoneBy.set(entry.op.seq, entry.seq);
  }
  return undoneBy.size === 0 ? entries : entries.map((e) => ({ ...e, undoneBy: undoneBy.get(e.seq) ?? null }));
}

/** The log entry of a stored curation operation; throws StorageError when it is damaged. */
export function curationEntry(seq: number, op: string, at: string, by: string | null = null): CurationEntry {
  let parsed: unknown;
  try {
    parsed = JSON.parse(op);
  } catch (error) {
    throw new StorageError(`stored curation operation ${seq} is not valid JSON (${reason(error)}).`, { cause: error });
  }
  if (!isCurationOp(parsed)) throw new StorageError(`stored curation operation ${seq} is damaged (unknown shape).`);
  return { kind: 'curation', seq, op: parsed, at, by, undoneBy: null };
}

/** A curation operation as stored. */
export function curationJson(op: CurationOp): string {
  return JSON.stringify(op);
}

/** The parts of an Extraction the graph cannot do without, checked cheaply (loading must stay fast). */
function isExtractionShape(value: unknown): value is Extraction {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  const document = candidate.document as Record<string, unknown> | null | undefined;
  return (
    typeof document === 'object' &&
    document !== null &&
    typeof document.id === 'string' &&
    typeof document.title === 'string' &&
    Array.isArray(document.sentences) &&
    Array.isArray(candidate.entities) &&
    Array.isArray(candidate.relations) &&
    Array.isArray(candidate.statements) &&
    Array.isArray(candidate.facts)
  );
}

/** The message of an error, for one-line reports. */
/** What each storage operation is, in words for messages people read. */
const OPERATIONS: Readonly<Record<string, string>> = {
  addDocument: 'storing a document',
  addDocuments: 'storing documents',
  appendCuration: 'storing a curation',
  changesSince: 'reading recent changes',
  counts: 'counting what is stored',
  documentIds: 'listing the stored documents',
  getDocument: 'reading a document',
  importLog: 'restoring a backup',
  isSeeded: 'checking for a first start',
  markSeeded: 'recording the first start',
  openStorage: 'opening the storage',
  readLog: 'reading the stored graph',
  removeDocument: 'deleting a document',
  replaceExtraction: 'storing a re-extraction',
};

/** A storage operation (a method name) in words: "addDocument" -> "storing a document". */
export function operationInWords(operation: string): string {
  return OPERATIONS[operation] ?? operation;
}

/** The message of an error, for a message of ours. */
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
