// Looking an entity up by id, following merges.
import { type EntityRecord } from '../attributes.js';
import { type ReadonlyStore } from '../readonly-store.js';

/** The entity with this id (or the entity it was merged into), or null. */
export function getEntity(store: ReadonlyStore, options: { readonly id: string }): EntityRecord | null {
  const id = store.resolveEntityId(options.id);
  return id === undefined ? null : { id, ...store.graph.getNodeAttributes(id) };
}
