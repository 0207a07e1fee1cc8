// Entity lookups for resolvers, through the request's memo (loaders.ts).
import { type EntityRecord } from '../../graph/index.js';
import { type ApiContext } from '../context.js';

/** The entity with this id, or null for a null id or an unknown entity. */
export function loadEntity(context: ApiContext, id: string | null): EntityRecord | null {
  return id === null ? null : context.loaders.entity.get(id);
}

/**
 * The entity an edge or record points at. The store only keeps references to existing nodes, so a
 * miss is a broken invariant: a bug, reported (masked) as an internal error.
 */
export function loadRequiredEntity(context: ApiContext, id: string): EntityRecord {
  const entity = context.loaders.entity.get(id);
  if (entity === null) throw new Error(`loadRequiredEntity: the graph refers to "${id}", which has no node.`);
  return entity;
}

/** The entities with these ids, unknown ones left out. */
export function loadEntities(context: ApiContext, ids: readonly string[]): EntityRecord[] {
  return ids.flatMap((id) => context.loaders.entity.get(id) ?? []);
}
