// Manual corrections of the graph. They are kept in the curation log beside the documents and
// re-applied, in the order they were made, whenever the graph is rebuilt from storage, so an
// editor's work survives restarts, re-extraction and the deletion of documents.
// Terminology: an *operation* is what a curator asked for (merge, reject...); a *curation* is one
// operation as logged, with its number (the change sequence), time and author.
import { type EntityType, InvalidInputError, type RelationType, isEntityType, isRelationType } from '../domain/index.js';

/** Longest entity name a curator may give, in characters. */
export const MAX_ENTITY_NAME_CHARS = 300;

/** Most entities one merge may fold into another. */
export const MAX_MERGED_ENTITIES = 100;

/** Longest reason a curator may give, in characters. */
export const MAX_REASON_CHARS = 2_000;

/** Longest role a curator may give to a relation, in characters. */
export const MAX_ROLE_CHARS = 200;

/** The rule name of relations a person added (`addRelation`). */
export const CURATOR_RULE = 'curator';

/**
 * Fold the `merge` entities into `keep`: one node, with all their names, mentions and relations.
 * `type`, when given, is the type the merged entity has, which lets entities of different types merge.
 */
export interface MergeOp {
  readonly kind: 'merge';
  readonly keep: string;
  readonly merge: readonly string[];
  readonly type?: EntityType;
}

/** Give entity `id` a new canonical name; the old one becomes an alias. */
export interface RenameOp {
  readonly kind: 'rename';
  readonly id: string;
  readonly name: string;
}

/** Give entity `id` another type; its id does not change. */
export interface SetTypeOp {
  readonly kind: 'set-type';
  readonly id: string;
  readonly type: EntityType;
}

/**
 * Which relation an operation is about: its id when the operation was made, and its endpoints,
 * predicate and role, so the operation finds the relation again after its endpoints were merged.
 */
export interface RelationRef {
  readonly relation: string;
  readonly source: string;
  readonly target: string;
  readonly predicate: RelationType;
  readonly role: string | null;
  /** Present for a denied relation, which is another relation than the asserted one. */
  readonly polarity?: 'DENIED';
}

/** Take a relation out of the graph; what states it later (re-extraction, new articles) stays out too. */
export interface RejectOp extends RelationRef {
  readonly kind: 'reject';
  readonly reason: string;
}

/** Put a rejected relation back. */
export interface RestoreOp extends RelationRef {
  readonly kind: 'restore';
}

/** Mark a relation verified by a person: its confidence becomes 1. */
export interface ConfirmOp extends RelationRef {
  readonly kind: 'confirm';
  readonly reason: string | null;
}

/** Where an added relation is read: a sentence of a stored article. */
export interface CuratedEvidence {
  readonly document: string;
  readonly sentence: number;
}

/** Add a relation the extractor missed. */
export interface AddRelationOp {
  readonly kind: 'add-relation';
  readonly subject: string;
  readonly predicate: RelationType;
  readonly object: string;
  readonly role: string | null;
  readonly evidence: CuratedEvidence | null;
  readonly reason: string | null;
}

/** Revert the curation numbered `seq` (an undo of an undo redoes it). */
export interface UndoOp {
  readonly kind: 'undo';
  readonly seq: number;
}

/** One manual correction. */
export type CurationOp = MergeOp | RenameOp | SetTypeOp | RejectOp | RestoreOp | ConfirmOp | AddRelationOp | UndoOp;

/** The kind of a curation operation. */
export type CurationKind = CurationOp['kind'];

/** Who made a curation and when; `by` is null until writes are authenticated. */
export interface CurationMeta {
  /** Number of the curation in the change sequence; it is the curation's id. */
  readonly seq: number;
  /** When it was made (ISO 8601). */
  readonly at: string;
  /** Name of the key that made it, or null when writes are not authenticated. */
  readonly by: string | null;
}

/** What a person did to a relation, as the relation carries it. */
export type RelationCurationStatus = 'CONFIRMED' | 'REJECTED' | 'ADDED';

/** The last curation of a relation, carried on the relation. */
export interface RelationCuration extends CurationMeta {
  readonly status: RelationCurationStatus;
  readonly reason: string | null;
}

/**
 * A curated name as it will be stored: trimmed, with inner runs of white space collapsed. Throws
 * InvalidInputError when it is empty, too long or contains control characters.
 */
export function cleanEntityName(name: string, where: string): string {
  const cleaned = name.replace(/\s+/g, ' ').trim();
  if (cleaned === '') throw new InvalidInputError(`${where}: the name must not be empty.`);
  if (cleaned.length > MAX_ENTITY_NAME_CHARS) {
    throw new InvalidInputError(`${where}: the name must be at most ${MAX_ENTITY_NAME_CHARS} characters, got ${cleaned.length}.`);
  }
  if (/[\u0000-\u001f\u007f]/.test(cleaned)) throw new InvalidInputError(`${where}: the name must not contain control characters.`);
  return cleaned;
}

/** The shape of a global id (`country:kazakhstan`, `doc:0123…`): a lower-case word, a colon, no spaces. */
const ID_SHAPED = /^[a-z][a-z_]*:\S*$/;

/**
 * A name a curator gives now, as it will be stored: cleanEntityName's checks, and stricter ones
 * that names already in the curation log need not pass (they were accepted when made): no C1
 * control characters (U+0080 to U+009F), and not the shape of an id, which readers would take for
 * a reference to another object. Throws InvalidInputError.
 */
export function cleanNewEntityName(name: string, where: string): string {
  const cleaned = cleanEntityName(name, where);
  if (/[\u0080-\u009f]/.test(cleaned)) throw new InvalidInputError(`${where}: the name must not contain control characters.`);
  if (ID_SHAPED.test(cleaned)) throw new InvalidInputError(`${where}: the name "${cleaned}" has the shape of an id; give a name, not an id.`);
  return cleaned;
}

/**
 * A curator's reason (or role) as stored: trimmed, null when empty. Throws InvalidInputError when it
 * is longer than `max` characters or contains control characters other than line breaks and tabs.
 */
export function cleanReason(reason: string | null | undefined, where: string, max = MAX_REASON_CHARS): string | null {
  if (reason === undefined || reason === null) return null;
  const cleaned = reason.trim();
  if (cleaned === '') return null;
  if (cleaned.length > max) throw new InvalidInputError(`${where}: the text must be at most ${max} characters, got ${cleaned.length}.`);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(cleaned)) throw new InvalidInputError(`${where}: the text must not contain control characters.`);
  return cleaned;
}

/** `value` as an entity type; throws InvalidInputError when it names none. */
export function checkEntityType(value: unknown, where: string): EntityType {
  if (!isEntityType(value)) throw new InvalidInputError(`${where}: ${JSON.stringify(value)} is not an entity type.`);
  return value;
}

/** `value` as a relation type; throws InvalidInputError when it names none. */
export function checkRelationType(value: unknown, where: string): RelationType {
  if (!isRelationType(value)) throw new InvalidInputError(`${where}: ${JSON.stringify(value)} is not a predicate.`);
  return value;
}

/** True when `value` has the shape of a CurationOp (used when reading the log back). */
export function isCurationOp(value: unknown): value is CurationOp {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  const op = value as Record<string, unknown>;
  const kind = op.kind as CurationKind;
  switch (kind) {
    case 'merge':
      return (
        typeof op.keep === 'string' &&
        Array.isArray(op.merge) &&
        op.merge.every((id) => typeof id === 'string') &&
        (op.type === undefined || isEntityType(op.type))
      );
    case 'rename':
      return typeof op.id === 'string' && typeof op.name === 'string';
    case 'set-type':
      return typeof op.id === 'string' && isEntityType(op.type);
    case 'reject':
      return isRelationRef(op) && typeof op.reason === 'string';
    case 'restore':
      return isRelationRef(op);
    case 'confirm':
      return isRelationRef(op) && isNullableString(op.reason);
    case 'add-relation':
      return (
        typeof op.subject === 'string' &&
        typeof op.object === 'string' &&
        isRelationType(op.predicate) &&
        isNullableString(op.role) &&
        isNullableString(op.reason) &&
        (op.evidence === null || isCuratedEvidence(op.evidence))
      );
    case 'undo':
      return typeof op.seq === 'number' && Number.isSafeInteger(op.seq);
    default: {
      // A kind this code does not know (a newer news-kg wrote it): not an operation it can apply.
      const unhandled: never = kind;
      void unhandled;
      return false;
    }
  }
}

function isRelationRef(op: Record<string, unknown>): boolean {
  return (
    typeof op.relation === 'string' &&
    typeof op.source === 'string' &&
    typeof op.target === 'string' &&
    isRelationType(op.predicate) &&
    isNullableString(op.role) &&
    (op.polarity === undefined || op.polarity === 'DENIED')
  );
}

function isCuratedEvidence(value: unknown): value is CuratedEvidence {
  if (typeof value !== 'object' || value === null) return false;
  const evidence = value as Record<string, unknown>;
  return typeof evidence.document === 'string' && typeof evidence.sentence === 'number';
}

function isNullableString(value: unknown): boolean {
  return value === null || typeof value === 'string';
}
