// Looking entities up by id, one or many at a time (the DataLoader's batch function uses the latter).
import { type EntityRecord } from '../attributes.js';
import { type ReadonlyStore } from '../readonly-store.js';

/** The entity with this id (or the entity it was merged into), or null. */
export function getEntity(store: ReadonlyStore, options: { readonly id: string }): EntityRecord | null {
  const id = store.resolveEntityId(options.id);
  return id === undefined ? null : { id, ...store.graph.getNodeAttributes(id) };
}

/** The entities with these ids, in the same order, null where there is none. */
export function getEntities(store: ReadonlyStore, options: { readonly ids: readonly string[] }): (EntityRecord | null)[] {
  return options.ids.map((id) => getEntity(store, { id }));
}
