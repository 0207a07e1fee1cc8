// Deterministic ids: the same input always yields the same id, so writes are idempotent.
import { createHash } from 'node:crypto';
import { type EntityType } from './entity-type.js';
import { foldAccents } from './surface-key.js';

/** Short stable hash of any strings. */
export function stableHash(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** Slug used inside ids: lower case ASCII letters, digits and dashes. */
export function slug(text: string): string {
  return (
    foldAccents(text)
      .replace(/['’]s\b/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/** Id of an entity: its type and canonical name. */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slug(name)}`;
}

/** Id of a document: the hash of its text, so the same article is one document. */
export function documentId(text: string): string {
  return `doc:${stableHash(text)}`;
}
