// Where the drawn entities go. The first picture groups each Louvain community (computed by the
// server once per graph version) around its own point, so clusters show from the first frame;
// ForceAtlas2 then refines it in a web worker, and the settled positions are kept in the browser's
// localStorage under a hash of the drawn graph (its entity and relation ids): the same graph opens
// already settled, and any change to it (a new article, another overview size) is another key.
import { type AbstractGraph } from 'graphology-types';
import { type LayoutProgress, type LayoutRequest } from './layout-messages';

/** Attributes the layout reads and writes. */
interface Placed {
  x: number;
  y: number;
  size: number;
  community: number;
  pinned: boolean;
}

const CACHE_PREFIX = 'kg-explorer-layout:';
/** Layouts kept in localStorage; the oldest goes first. */
const CACHE_KEEP = 6;

/** A short stable hash (FNV-1a, 32 bits, hex) of strings. */
export function hashOf(parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 1) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x7c;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A number in [0, 1) from a string, so the same entity always starts at the same place. */
function jitter(key: string, salt: number): number {
  return (Number.parseInt(hashOf([key, String(salt)]), 16) % 10007) / 10007;
}

/** Places every node near its community's centre; communities on a sunflower spiral, the largest in the middle. */
export function seedPositions(graph: AbstractGraph<Placed>): void {
  const sizes = new Map<number, number>();
  graph.forEachNode((_, a) => sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1));
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const centre = new Map<number, { x: number; y: number; r: number }>();
  order.forEach((community, i) => {
    const r = 12 * Math.sqrt(i);
    const angle = i * 2.399963;
    centre.set(community, { x: r * Math.cos(angle), y: r * Math.sin(angle), r: 1.5 * Math.sqrt(sizes.get(community) ?? 1) });
  });
  // One update for all nodes: sigma then re-indexes once, not once per node.
  graph.updateEachNodeAttributes((key, a) => {
    const c = centre.get(a.community) ?? { x: 0, y: 0, r: 1 };
    const angle = 2 * Math.PI * jitter(key, 1);
    const radius = c.r * Math.sqrt(jitter(key, 2));
    return { ...a, x: c.x + radius * Math.cos(angle), y: c.y + radius * Math.sin(angle) };
  });
}

/** Positions saved for this key, or null. */
export function cachedPositions(key: string): Record<string, [number, number]> | null {
  try {
    const raw = window.localStorage.getItem(CACHE_PREFIX + key);
    return raw === null ? null : (JSON.parse(raw) as Record<string, [number, number]>);
  } catch {
    return null;
  }
}

/** Saves the positions of every node under `key`, dropping the oldest saved layouts beyond a few. */
export function savePositions(key: string, graph: AbstractGraph<Placed>): void {
  const positions: Record<string, [number, number]> = {};
  graph.forEachNode((node, a) => {
    positions[node] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100];
  });
  try {
    const indexKey = `${CACHE_PREFIX}index`;
    const index = (JSON.parse(window.localStorage.getItem(indexKey) ?? '[]') as string[]).filter((k) => k !== key);
    index.push(key);
    while (index.length > CACHE_KEEP) window.localStorage.removeItem(CACHE_PREFIX + (index.shift() ?? ''));
    window.localStorage.setItem(CACHE_PREFIX + key, JSON.stringify(positions));
    window.localStorage.setItem(indexKey, JSON.stringify(index));
  } catch {
    // A full or disabled localStorage only costs the next visit a layout run.
  }
}

/** Runs ForceAtlas2 in a worker; each run replaces the one before. */
export class LayoutRunner {
  readonly #worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  #run = 0;

  /**
   * Lays out `graph` for `iterations`, moving the nodes after each slice (pinned nodes stay);
   * resolves with true when the run finished, false when a newer run replaced it.
   */
  run(graph: AbstractGraph<Placed>, iterations: number, onProgress: () => void): Promise<boolean> {
    this.#run += 1;
    const run = this.#run;
    const keys = graph.nodes();
    const indexOf = new Map(keys.map((k, i) => [k, i]));
    const xy = new Float64Array(keys.length * 2);
    const sizes = new Float64Array(keys.length);
    const fixed = new Uint8Array(keys.length);
    keys.forEach((key, i) => {
      const a = graph.getNodeAttributes(key);
      xy[2 * i] = a.x;
      xy[2 * i + 1] = a.y;
      sizes[i] = a.size;
      fixed[i] = a.pinned ? 1 : 0;
    });
    const edges = new Uint32Array(graph.size * 2);
    let e = 0;
    graph.forEachEdge((_, __, source, target) => {
      edges[e++] = indexOf.get(source) ?? 0;
      edges[e++] = indexOf.get(target) ?? 0;
    });
    const request: LayoutRequest = { run, keys, xy, sizes, fixed, edges, iterations, slice: Math.max(10, Math.round(iterations / 6)) };
    return new Promise((resolve) => {
      const listener = (event: MessageEvent<LayoutProgress>): void => {
        if (event.data.run !== run) return;
        if (this.#run !== run) {
          this.#worker.removeEventListener('message', listener);
          resolve(false);
          return;
        }
        const { positions } = event.data;
        graph.updateEachNodeAttributes((key, a) => {
          const i = indexOf.get(key);
          if (i === undefined || a.pinned) return a;
          return { ...a, x: positions[2 * i] ?? a.x, y: positions[2 * i + 1] ?? a.y };
        });
        onProgress();
        if (event.data.done) {
          this.#worker.removeEventListener('message', listener);
          resolve(true);
        }
      };
      this.#worker.addEventListener('message', listener);
      this.#worker.postMessage(request, [xy.buffer, sizes.buffer, fixed.buffer, edges.buffer]);
    });
  }
}
