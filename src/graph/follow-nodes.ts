// Derived indices of the entities (names and aliases, resolution keys) kept current from the
// graph's own events, so no write path can forget to update one.
import { type MultiDirectedGraph } from 'graphology';
import { type EntityAttrs, type RelationAttrs } from './attributes.js';

/** What an index of the entities does as the graph changes. */
export interface NodeFollower {
  /** A node appeared, or its attributes changed. */
  index(id: string, attrs: EntityAttrs): void;
  /** A node was dropped. */
  unindex(id: string): void;
  /** The whole graph was cleared. */
  clear(): void;
}

/** Indexes every node of `graph` with `follower` now, and follows its changes from now on. */
export function followNodes(graph: MultiDirectedGraph<EntityAttrs, RelationAttrs>, follower: NodeFollower): void {
  graph.forEachNode((id, attrs) => follower.index(id, attrs));
  graph.on('nodeAdded', ({ key, attributes }) => follower.index(key, attributes));
  graph.on('nodeAttributesUpdated', ({ key, attributes }) => follower.index(key, attributes));
  graph.on('nodeDropped', ({ key }) => follower.unindex(key));
  graph.on('cleared', () => follower.clear());
}
