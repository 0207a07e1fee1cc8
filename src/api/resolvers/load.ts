// Entity lookups for resolvers, through the request's DataLoader.
import { type EntityRecord } from '../../graph/index.js';
import { type ApiContext } from '../context.js';

/** The entity with this id, or null for a null id or an unknown entity. */
export async function loadEntity(context: ApiContext, id: string | null): Promise<EntityRecord | null> {
  return id === null ? null : context.loaders.entity.load(id);
}

/**
 * The entity an edge or record points at. The store only keeps references to existing nodes, so a
 * miss is a broken invariant: a bug, reported (masked) as an internal error.
 */
export async function loadRequiredEntity(context: ApiContext, id: string): Promise<EntityRecord> {
  const entity = await context.loaders.entity.load(id);
  if (entity === null) throw new Error(`loadRequiredEntity: the graph refers to "${id}", which has no node.`);
  return entity;
}

/** The entities with these ids, unknown ones left out. */
export async function loadEntities(context: ApiContext, ids: readonly string[]): Promise<EntityRecord[]> {
  const entities = await Promise.all(ids.map((id) => context.loaders.entity.load(id)));
  return entities.filter((e): e is EntityRecord => e !== null);
}
