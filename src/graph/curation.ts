// Manual corrections of the graph. They are kept in the curation log beside the documents and
// re-applied, in the order they were made, whenever the graph is rebuilt from storage, so an
// editor's work survives restarts, re-extraction and the deletion of documents.
import { InvalidInputError } from '../domain/index.js';

/** Longest entity name a curator may give, in characters. */
export const MAX_ENTITY_NAME_CHARS = 300;

/** Most entities one merge may fold into another. */
export const MAX_MERGED_ENTITIES = 100;

/** Fold the `merge` entities into `keep`: one node, with all their names, mentions and relations. */
export interface MergeOp {
  readonly kind: 'merge';
  readonly keep: string;
  readonly merge: readonly string[];
  /** Who made the correction: the name of the API key it came with; absent without a key. */
  readonly by?: string;
}

/** Give entity `id` a new canonical name; the old one becomes an alias. */
export interface RenameOp {
  readonly kind: 'rename';
  readonly id: string;
  readonly name: string;
  /** Who made the correction: the name of the API key it came with; absent without a key. */
  readonly by?: string;
}

/** One manual correction. */
export type CurationOp = MergeOp | RenameOp;

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

/** True when `value` has the shape of a CurationOp (used when reading the log back). */
export function isCurationOp(value: unknown): value is CurationOp {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  const op = value as Record<string, unknown>;
  if (op.by !== undefined && typeof op.by !== 'string') return false;
  switch (op.kind) {
    case 'merge':
      return typeof op.keep === 'string' && Array.isArray(op.merge) && op.merge.every((id) => typeof id === 'string');
    case 'rename':
      return typeof op.id === 'string' && typeof op.name === 'string';
    default:
      return false;
  }
}
