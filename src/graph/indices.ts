// Name and alias -> entity ids, kept current from the graph's own events (followNodes), so no
// write path can forget to update it. Keys come from surfaceKey(), never from ad-hoc lower-casing.
import { type MultiDirectedGraph } from 'graphology';
import { type EntityAttrs, type RelationAttrs } from './attributes.js';
import { followNodes } from './follow-nodes.js';
import { surfaceKey } from './surface-key.js';

/** Index from surface keys of names and aliases to the ids of the entities that carry them. */
export class NameIndex {
  // One id is kept as the string itself: most keys name one entity, and a Set each took about a
  // twentieth of the heap.
  readonly #idsByKey = new Map<string, string | Set<string>>();
  /** Per entity: its keys, and the name and alias list they were computed from. */
  readonly #keysById = new Map<string, { readonly keys: readonly string[]; readonly name: string; readonly aliases: readonly string[] }>();

  /** Indexes every node of `graph` and follows its changes from now on. */
  constructor(graph: MultiDirectedGraph<EntityAttrs, RelationAttrs>) {
    followNodes(graph, {
      index: (id, attrs) => this.#index(id, attrs),
      unindex: (id) => this.#unindex(id),
      clear: () => {
        this.#idsByKey.clear();
        this.#keysById.clear();
      },
    });
  }

  /** Ids of the entities whose name or an alias has the same surface key as `surface`. */
  lookup(surface: string): readonly string[] {
    const ids = this.#idsByKey.get(surfaceKey(surface));
    return ids === undefined ? [] : typeof ids === 'string' ? [ids] : [...ids];
  }

  /** Surface keys of an entity's name and aliases, the name's first. */
  keysOf(id: string): readonly string[] {
    return this.#keysById.get(id)?.keys ?? [];
  }

  #index(id: string, attrs: EntityAttrs): void {
    // Most updates add mentions only; the store then keeps the same alias list, and the keys stand.
    const known = this.#keysById.get(id);
    if (known !== undefined && known.name === attrs.name && known.aliases === attrs.aliases) return;
    this.#unindex(id);
    const keys = [...new Set([attrs.name, ...attrs.aliases].map(surfaceKey))].filter((k) => k !== '');
    this.#keysById.set(id, { keys, name: attrs.name, aliases: attrs.aliases });
    for (const key of keys) {
      const ids = this.#idsByKey.get(key);
      if (ids === undefined) this.#idsByKey.set(key, id);
      else if (typeof ids === 'string') {
        if (ids !== id) this.#idsByKey.set(key, new Set([ids, id]));
      } else ids.add(id);
    }
  }

  #unindex(id: string): void {
    for (const key of this.#keysById.get(id)?.keys ?? []) {
      const ids = this.#idsByKey.get(key);
      if (ids === id) this.#idsByKey.delete(key);
      else if (typeof ids === 'object') {
        ids.delete(id);
        const only: string | undefined = ids.values().next().value;
        if (only === undefined) this.#idsByKey.delete(key);
        else if (ids.size === 1) this.#idsByKey.set(key, only);
      }
    }
    this.#keysById.delete(id);
  }
}
