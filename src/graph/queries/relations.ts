// The relations of an entity, outgoing, incoming or both, optionally of one predicate.
import { type RelationType } from '../../domain/index.js';
import { type RelationRecord } from '../attributes.js';
import { type GraphStore } from '../store.js';

/** Which edges of a node: those leaving it, those reaching it, or both. */
export const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const;
/** Which edges of a node: those leaving it, those reaching it, or both. */
export type Direction = (typeof DIRECTIONS)[number];

/** Options of relationsOf. */
export interface RelationsOfOptions {
  readonly entity: string;
  readonly predicate?: RelationType | null;
  readonly direction?: Direction | null;
}

/** The relations of an entity (none when the entity is unknown), in the order they were added. */
export function relationsOf(store: GraphStore, options: RelationsOfOptions): RelationRecord[] {
  const id = store.resolveEntityId(options.entity);
  if (id === undefined) return [];
  const { graph } = store;
  const keys = edgeKeys(store, id, options.direction ?? 'BOTH');
  const relations: RelationRecord[] = [];
  for (const key of keys) {
    const attrs = graph.getEdgeAttributes(key);
    if (options.predicate !== undefined && options.predicate !== null && attrs.predicate !== options.predicate) continue;
    relations.push({ id: key, source: graph.source(key), target: graph.target(key), ...attrs });
  }
  return relations;
}

/** Every relation in the graph, in the order they were added. */
export function allRelations(store: GraphStore): RelationRecord[] {
  const relations: RelationRecord[] = [];
  store.graph.forEachEdge((id, attrs, source, target) => relations.push({ id, source, target, ...attrs }));
  return relations;
}

function edgeKeys(store: GraphStore, id: string, direction: Direction): readonly string[] {
  switch (direction) {
    case 'OUT':
      return store.graph.outEdges(id);
    case 'IN':
      return store.graph.inEdges(id);
    case 'BOTH':
      // Self-loops are refused by the store, so no edge is listed twice.
      return store.graph.edges(id);
    default: {
      const unreachable: never = direction;
      throw new Error(`relationsOf: unknown direction "${String(unreachable)}".`);
    }
  }
}
