// Manual corrections through one module: delete an article; merge, rename or retype entities;
// reject, restore, confirm or add a relation; undo a curation; list the curation log. Each is
// checked against the graph, committed to storage (the curation log, or the document's deletion)
// and only then applied, so a refused correction changes nothing and an accepted one survives
// restarts, `kg reindex` and re-extraction. `by` names who made a curation (the API key's name
// once writes are authenticated); null until then.
import { type EntityType, InvalidInputError, NotFoundError, SYMMETRIC_RELATIONS } from '../domain/index.js';
import {
  type Connection,
  type CuratedEvidence,
  MAX_ROLE_CHARS,
  type RelationRef,
  checkEntityType,
  checkRelationType,
  cleanNewEntityName,
  cleanReason,
  connectionAt,
  decodeCursor,
  encodeCursor,
  pageSize,
  relationKey,
} from '../graph/index.js';
import { type CurationLogItem, type CurationResult, type PersistentGraph, type RemoveResult } from '../graph/persistence/index.js';

/**
 * Deletes a document and what only it supported; what other documents also support stays.
 * Throws NotFoundError when there is no such document.
 */
export function deleteDocument(graph: PersistentGraph, id: string): Promise<RemoveResult> {
  return graph.removeDocument(id);
}

/**
 * Folds the entities `merge` into `keep`; resolves to the kept entity's id. With `type`, entities
 * of different types merge and the kept one gets that type. Throws NotFoundError,
 * InvalidInputError (also for a type that does not exist) or ConflictError (see
 * GraphStore.mergeEntities) with nothing stored.
 */
export async function mergeEntities(
  graph: PersistentGraph,
  keep: string,
  merge: readonly string[],
  type: string | null = null,
  by: string | null = null,
): Promise<string> {
  const keepType = type === null ? undefined : checkEntityType(type, 'mergeEntities');
  const op = keepType === undefined ? { kind: 'merge' as const, keep, merge: [...merge] } : { kind: 'merge' as const, keep, merge: [...merge], type: keepType };
  return (await graph.curate(op, by)).id;
}

/**
 * Gives an entity a new canonical name; resolves to its id. `by` (the API key's name) is kept in
 * the curation log. Throws NotFoundError, InvalidInputError (an empty, long or id-shaped name) or
 * ConflictError (see GraphStore.renameEntity) with nothing stored.
 */
export async function renameEntity(graph: PersistentGraph, id: string, name: string, by: string | null = null): Promise<string> {
  return (await graph.curate({ kind: 'rename', id, name: cleanNewEntityName(name, 'renameEntity') }, by)).id;
}

/**
 * Gives an entity another type; its id stays. Throws InvalidInputError for a type that does not
 * exist, NotFoundError for an unknown entity, ConflictError when it already has that type.
 */
export async function setEntityType(graph: PersistentGraph, id: string, type: string, by: string | null = null): Promise<string> {
  const checked: EntityType = checkEntityType(type, 'setEntityType');
  return (await graph.curate({ kind: 'set-type', id, type: checked }, by)).id;
}

/**
 * Rejects a relation: it leaves every query and export (unless asked for with includeRejected),
 * and re-extraction or new articles never bring it back. Throws InvalidInputError for an empty
 * reason, NotFoundError for an unknown relation, ConflictError when it is already rejected.
 */
export async function rejectRelation(graph: PersistentGraph, id: string, reason: string, by: string | null = null): Promise<CurationResult> {
  const cleaned = cleanReason(reason, 'rejectRelation');
  if (cleaned === null) throw new InvalidInputError('rejectRelation: give a reason for the rejection.');
  return graph.curate({ kind: 'reject', ...relationRef(graph, id, 'rejectRelation'), reason: cleaned }, by);
}

/** Puts a rejected relation back. Throws NotFoundError for an unknown relation, ConflictError when it is not rejected. */
export async function restoreRelation(graph: PersistentGraph, id: string, by: string | null = null): Promise<CurationResult> {
  return graph.curate({ kind: 'restore', ...relationRef(graph, id, 'restoreRelation') }, by);
}

/**
 * Marks a relation verified by a person: its confidence becomes 1. Throws NotFoundError for an
 * unknown relation, ConflictError when it is rejected or already confirmed.
 */
export async function confirmRelation(graph: PersistentGraph, id: string, reason: string | null = null, by: string | null = null): Promise<CurationResult> {
  return graph.curate({ kind: 'confirm', ...relationRef(graph, id, 'confirmRelation'), reason: cleanReason(reason, 'confirmRelation') }, by);
}

/** What addRelation needs. */
export interface AddRelationInput {
  readonly subject: string;
  /** A predicate's name; checked, so a client's string may be given. */
  readonly predicate: string;
  readonly object: string;
  readonly role?: string | null;
  /** A sentence of a stored article that states the relation. */
  readonly evidence?: CuratedEvidence | null;
  readonly reason?: string | null;
}

/**
 * Adds a relation the extractor missed, at confidence 1, marked as added by a person (rule
 * `curator`). Throws InvalidInputError for an unknown predicate or one entity at both ends,
 * NotFoundError for an unknown entity, document or sentence, ConflictError when the relation
 * exists (confirm it) or was rejected (restore it).
 */
export async function addRelation(graph: PersistentGraph, input: AddRelationInput, by: string | null = null): Promise<CurationResult> {
  const predicate = checkRelationType(input.predicate, 'addRelation');
  const evidence = input.evidence ?? null;
  if (evidence !== null && !(Number.isInteger(evidence.sentence) && evidence.sentence >= 0)) {
    throw new InvalidInputError(`addRelation: the evidence sentence must be an index from 0, got ${evidence.sentence}.`);
  }
  return graph.curate(
    {
      kind: 'add-relation',
      subject: input.subject,
      predicate,
      object: input.object,
      role: cleanReason(input.role, 'addRelation', MAX_ROLE_CHARS),
      evidence: evidence === null ? null : { document: evidence.document, sentence: evidence.sentence },
      reason: cleanReason(input.reason, 'addRelation'),
    },
    by,
  );
}

/**
 * Reverts one curation (`curation:12` or `12`): the graph is rebuilt from the log without it, so it
 * is exactly what it would have been without it. Undoing an undo redoes. Throws InvalidInputError
 * for an id that is not a curation id, NotFoundError for an unknown curation, ConflictError when it
 * is already undone.
 */
export async function undoCuration(graph: PersistentGraph, id: string, by: string | null = null): Promise<CurationResult> {
  return graph.curate({ kind: 'undo', seq: curationSeq(id) }, by);
}

/**
 * The curation log, newest first, one page at a time. Cursors hold a curation's number, so a page
 * stays right when curations are made between two requests.
 */
export function curationPage(graph: PersistentGraph, options: { readonly first?: number | null; readonly after?: string | null }): Connection<CurationLogItem> {
  const first = pageSize(options.first, 'curations');
  const items = graph.curations();
  const after = options.after === undefined || options.after === null ? undefined : curationSeq(decodeCursor(options.after).id);
  const start = after === undefined ? 0 : items.findIndex((item) => item.seq < after);
  const from = start === -1 ? items.length : start;
  return connectionAt(items, from, first, (item) => ({ node: item, cursor: encodeCursor({ sortKey: '', id: curationId(item) }) }));
}

/** The API id of a curation: `curation:` and its number in the change sequence. */
export function curationId(item: { readonly seq: number }): string {
  return `curation:${item.seq}`;
}

/** The number of the curation `id` names; throws InvalidInputError when it names none. */
function curationSeq(id: string): number {
  const match = /^(?:curation:)?(\d{1,15})$/.exec(id.trim());
  if (match?.[1] === undefined) throw new InvalidInputError(`undoCuration: "${id}" is not a curation id such as "curation:12".`);
  return Number(match[1]);
}

/** A logged curation as the API shows it. */
export interface CurationRecord {
  readonly id: string;
  readonly kind: 'MERGE' | 'RENAME' | 'SET_TYPE' | 'REJECT' | 'RESTORE' | 'CONFIRM' | 'ADD_RELATION' | 'UNDO';
  readonly at: string;
  readonly by: string | null;
  readonly reason: string | null;
  readonly entity: string | null;
  readonly merged: readonly string[];
  readonly relation: string | null;
  readonly value: string | null;
  readonly undoes: string | null;
  readonly undoneBy: string | null;
  readonly applied: boolean;
}

/** A logged curation as the API shows it; the relation an addRelation made is named by its key. */
export function curationRecord(item: CurationLogItem): CurationRecord {
  const base = {
    id: curationId(item),
    at: item.at,
    by: item.by,
    applied: item.applied,
    undoneBy: item.undoneBy === null ? null : curationId({ seq: item.undoneBy }),
    reason: null,
    entity: null,
    merged: [],
    relation: null,
    value: null,
    undoes: null,
  };
  const { op } = item;
  switch (op.kind) {
    case 'merge':
      return { ...base, kind: 'MERGE', entity: op.keep, merged: op.merge, value: op.type ?? null };
    case 'rename':
      return { ...base, kind: 'RENAME', entity: op.id, value: op.name };
    case 'set-type':
      return { ...base, kind: 'SET_TYPE', entity: op.id, value: op.type };
    case 'reject':
      return { ...base, kind: 'REJECT', relation: op.relation, reason: op.reason };
    case 'restore':
      return { ...base, kind: 'RESTORE', relation: op.relation };
    case 'confirm':
      return { ...base, kind: 'CONFIRM', relation: op.relation, reason: op.reason };
    case 'add-relation': {
      const [source, target] = SYMMETRIC_RELATIONS.has(op.predicate) && op.subject > op.object ? [op.object, op.subject] : [op.subject, op.object];
      return { ...base, kind: 'ADD_RELATION', relation: relationKey(source, op.predicate, target, op.role), reason: op.reason };
    }
    case 'undo':
      return { ...base, kind: 'UNDO', undoes: curationId(op) };
    default: {
      const unreachable: never = op;
      throw new Error(`curationRecord: unknown operation ${JSON.stringify(unreachable)}.`);
    }
  }
}

/** How an operation names the relation `id`; throws NotFoundError when there is none. */
function relationRef(graph: PersistentGraph, id: string, where: string): RelationRef {
  const ref = graph.store.relationRef(id);
  if (ref === undefined) throw new NotFoundError(`${where}: no relation "${id}".`);
  return ref;
}
