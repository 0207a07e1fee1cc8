// Counts over the whole store, for dashboards and the start-up line.
import { ENTITY_TYPES, type EntityType, RELATION_TYPES, type RelationType } from '../../domain/index.js';
import { type ReadonlyStore } from '../readonly-store.js';

/** Sizes of the store, with entities per type and relations per predicate (non-zero ones, in vocabulary order). */
export interface GraphStats {
  readonly documents: number;
  readonly entities: number;
  readonly relations: number;
  readonly statements: number;
  readonly facts: number;
  readonly byType: readonly { readonly type: EntityType; readonly count: number }[];
  readonly byPredicate: readonly { readonly predicate: RelationType; readonly count: number }[];
}

/** Counts of everything in the store. */
export function graphStats(store: ReadonlyStore): GraphStats {
  const types = new Map<EntityType, number>();
  store.graph.forEachNode((_id, attrs) => types.set(attrs.type, (types.get(attrs.type) ?? 0) + 1));
  const predicates = new Map<RelationType, number>();
  store.graph.forEachEdge((_id, attrs) => predicates.set(attrs.predicate, (predicates.get(attrs.predicate) ?? 0) + 1));
  return {
    documents: [...store.documents()].length,
    entities: store.graph.order,
    relations: store.graph.size,
    statements: [...store.statements()].length,
    facts: [...store.facts()].length,
    byType: ENTITY_TYPES.flatMap((type) => {
      const count = types.get(type) ?? 0;
      return count > 0 ? [{ type, count }] : [];
    }),
    byPredicate: RELATION_TYPES.flatMap((predicate) => {
      const count = predicates.get(predicate) ?? 0;
      return count > 0 ? [{ predicate, count }] : [];
    }),
  };
}
