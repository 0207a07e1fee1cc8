// Paths between two entities: the shortest (graphology-shortest-path) and every simple path up to
// a length (graphology-simple-path). Reachability treats relations as undirected, so "A REQUESTED
// B" links B to A as well; each step still reports the relation's real direction and the sentence
// that states it.
import { InvalidInputError, type RelationType } from '../../domain/index.js';
import { type RelationRecord } from '../attributes.js';
import { bidirectional } from '../graphology-lib.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { pageSize } from './connection.js';
import { undirectedProjection } from './projection.js';
import { relationRecord } from './relations.js';

/** Longest path a caller may ask for. */
export const MAX_PATH_LENGTH = 8;
/** Longest path `allPaths` explores: the number of simple paths grows fast with length. */
// Longer walks through hub nodes (countries) multiply into hundreds of thousands of paths.
export const MAX_ALL_PATHS_LENGTH = 4;

/** One hop of a path, walking from `from` to `to`. */
export interface PathStepRecord {
  readonly from: string;
  readonly to: string;
  /** The relation the step follows: the most confident of those linking the two entities. */
  readonly relation: RelationRecord;
  /** True when the relation points the way the path walks (its source is `from`). */
  readonly forward: boolean;
  /** The other relations that link the same two entities. */
  readonly alternatives: readonly RelationRecord[];
}

/** A path: the entities it visits, in order, and the steps between them. */
export interface PathRecord {
  readonly entities: readonly string[];
  readonly steps: readonly PathStepRecord[];
}

/** Endpoints and limits of a path search; entity ids follow merges. */
export interface PathOptions {
  readonly from: string;
  readonly to: string;
  /** Most steps a path may have. */
  readonly maxLength?: number | null;
  /** Follow only relations with these predicates (all when absent or empty). */
  readonly predicates?: readonly RelationType[] | null;
}

/** A shortest path from `from` to `to` of at most `maxLength` steps (default 6), or null when there is none or an end is unknown. */
export function shortestPath(store: ReadonlyStore, options: PathOptions): PathRecord | null {
  const maxLength = checkLength(options.maxLength ?? 6, MAX_PATH_LENGTH, 'path');
  const ends = endsOf(store, options);
  if (ends === undefined) return null;
  const graph = undirectedProjection(store, options.predicates ?? null);
  const entities = ends.from === ends.to ? [ends.from] : bidirectional(graph, ends.from, ends.to);
  if (entities === null || entities.length - 1 > maxLength) return null;
  return pathThrough(store, entities, options.predicates);
}

/** Most paths `allPaths` counts; `hasMore` says when there are more. */
export const MAX_PATHS_COUNTED = 1_000;
/** Most links `allPaths` follows or rejects while it looks for paths; past it the count stops (`hasMore`). */
export const MAX_PATH_SEARCH_STEPS = 200_000;

/** Every simple path found, shortest first, and how many there are (counted up to a cap). */
export interface PathList {
  readonly paths: readonly PathRecord[];
  /** Paths found, at most MAX_PATHS_COUNTED. */
  readonly totalCount: number;
  /** True when the search stopped at a cap, so there may be more paths than `totalCount`. */
  readonly hasMore: boolean;
}

/**
 * The simple paths (no entity twice) from `from` to `to` of at most `maxLength` steps (default 4,
 * at most MAX_ALL_PATHS_LENGTH), shortest first, the first `first` of them (default 20). The
 * search is bounded: it counts at most MAX_PATHS_COUNTED paths and visits at most
 * MAX_PATH_SEARCH_STEPS entities, so hubs cannot make it run long; `hasMore` says it stopped.
 */
export function allPaths(store: ReadonlyStore, options: PathOptions & { readonly first?: number | null }): PathList {
  const maxLength = checkLength(options.maxLength ?? 4, MAX_ALL_PATHS_LENGTH, 'paths');
  const first = pageSize(options.first, 'paths');
  const ends = endsOf(store, options);
  if (ends === undefined) return { paths: [], totalCount: 0, hasMore: false };
  if (ends.from === ends.to) return { paths: first > 0 ? [pathThrough(store, [ends.from], options.predicates)] : [], totalCount: 1, hasMore: false };
  const graph = undirectedProjection(store, options.predicates ?? null);
  const { found, hasMore } = simplePathsUpTo(graph, ends.from, ends.to, maxLength);
  found.sort((a, b) => a.length - b.length || compareSequences(a, b));
  return { paths: found.slice(0, first).map((entities) => pathThrough(store, entities, options.predicates)), totalCount: found.length, hasMore };
}

interface Neighbours {
  neighbors(node: string): string[];
}

/**
 * Simple paths from `from` to `to`, shortest lengths first (one depth-first search per length),
 * pruned by the distance to `to`: an entity farther from it than the steps left is not entered.
 */
function simplePathsUpTo(graph: Neighbours, from: string, to: string, maxLength: number): { found: string[][]; hasMore: boolean } {
  const distance = distancesTo(graph, to, maxLength);
  const found: string[][] = [];
  let steps = 0;
  let stopped = false;
  const trail = [from];
  const onTrail = new Set([from]);
  const walk = (node: string, left: number): void => {
    for (const next of graph.neighbors(node)) {
      if (stopped) return;
      steps += 1;
      if (steps > MAX_PATH_SEARCH_STEPS) {
        stopped = true;
        return;
      }
      if (onTrail.has(next) || (distance.get(next) ?? Number.POSITIVE_INFINITY) > left - 1) continue;
      if (left === 1) {
        if (next !== to) continue;
        if (found.length === MAX_PATHS_COUNTED) {
          stopped = true;
          return;
        }
        found.push([...trail, to]);
        continue;
      }
      if (next === to) continue;
      trail.push(next);
      onTrail.add(next);
      walk(next, left - 1);
      trail.pop();
      onTrail.delete(next);
    }
  };
  for (let length = 1; length <= maxLength && !stopped; length += 1) walk(from, length);
  return { found, hasMore: stopped };
}

/** Hops from each entity within `limit` of `target` to it (breadth first). */
function distancesTo(graph: Neighbours, target: string, limit: number): Map<string, number> {
  const distance = new Map([[target, 0]]);
  let frontier = [target];
  for (let hops = 1; hops <= limit && frontier.length > 0; hops += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of graph.neighbors(node)) {
        if (distance.has(neighbour)) continue;
        distance.set(neighbour, hops);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return distance;
}

/** The steps along a sequence of entities that the projection links pairwise. */
function pathThrough(store: ReadonlyStore, entities: readonly string[], predicates: readonly RelationType[] | null | undefined): PathRecord {
  const wanted = predicates === null || predicates === undefined || predicates.length === 0 ? undefined : new Set<string>(predicates);
  const steps: PathStepRecord[] = [];
  for (let i = 0; i + 1 < entities.length; i += 1) {
    const from = entities[i] ?? '';
    const to = entities[i + 1] ?? '';
    // Both ways: outEdges(from, to) and inEdges(from, to) (graphology's edges(a, b) of a directed graph lists both already).
    const relations = [...store.graph.outEdges(from, to), ...store.graph.inEdges(from, to)]
      .map((key) => relationRecord(store, key))
      .filter((relation) => wanted === undefined || wanted.has(relation.predicate))
      .sort((a, b) => b.confidence - a.confidence);
    const [relation, ...alternatives] = relations;
    if (relation === undefined) throw new Error(`pathThrough: "${from}" and "${to}" are linked by no relation.`);
    steps.push({ from, to, relation, forward: relation.source === from, alternatives });
  }
  return { entities, steps };
}

function endsOf(store: ReadonlyStore, options: PathOptions): { from: string; to: string } | undefined {
  const from = store.resolveEntityId(options.from);
  const to = store.resolveEntityId(options.to);
  return from === undefined || to === undefined ? undefined : { from, to };
}

function checkLength(length: number, max: number, where: string): number {
  if (!Number.isInteger(length) || length < 1 || length > max) {
    throw new InvalidInputError(`${where}: maxLength must be an integer from 1 to ${max}, got ${length}.`);
  }
  return length;
}

function compareSequences(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
