// The store's link projections are kept up to date as the graph changes: after any sequence of
// new articles and curations they equal a projection built from scratch, so neighbourhoods, paths
// and centrality read the same graph as before without rebuilding it for every version.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { GraphStore } from '../../src/graph/index.js';
import { buildProjection, type LinkAttrs, type LinkNodeAttrs } from '../../src/graph/link-projection.js';
import { type RelationType } from '../../src/domain/index.js';
import { buildExtraction } from './build-extraction.js';

const PEOPLE = ['Ilsa Vantrow', 'Tavo Renn', 'Jana Okafor', 'Karl Osterberg', 'Mira Selt'];
const COUNTRIES = ['Norway', 'Chile', 'Benin', 'Estonia'];
const PREDICATES: readonly RelationType[] = ['LEADS', 'MET_WITH', 'OPPOSES'];

/** The i-th article: two people and a country, related by predicates that vary with i. */
function article(i: number) {
  const a = PEOPLE[i % PEOPLE.length] as string;
  const b = PEOPLE[(i * 3 + 1) % PEOPLE.length] as string;
  const c = COUNTRIES[i % COUNTRIES.length] as string;
  const id = (name: string, type: string) => `${type}:${name.toLowerCase().replace(/ /g, '-')}`;
  return buildExtraction({
    sentences: [`${a} met ${b} in ${c} on day ${i}.`],
    entities: [
      { name: a, type: 'PERSON' },
      { name: b, type: 'PERSON' },
      { name: c, type: 'COUNTRY' },
    ],
    relations: [
      { subject: id(a, 'person'), predicate: PREDICATES[i % PREDICATES.length] as RelationType, object: id(b, 'person') },
      { subject: id(a, 'person'), predicate: 'LEADS', object: id(c, 'country') },
    ],
  });
}

type Projection = UndirectedGraph<LinkNodeAttrs, LinkAttrs>;

/** Nodes with types and links with their weights, in a comparable form. */
function shape(p: Projection): { nodes: string[]; links: string[] } {
  const nodes = p.mapNodes((id, attrs) => `${id}:${attrs.type}`).sort();
  const links = p
    .mapEdges((_key, attrs, source, target) => {
      const ends = [source, target].sort().join('~');
      return `${ends}=${attrs.weight}`;
    })
    .sort();
  return { nodes, links };
}

function expectCurrent(store: GraphStore): void {
  const undirected = new UndirectedGraph<LinkNodeAttrs, LinkAttrs>();
  buildProjection(store.graph, undirected, () => true);
  expect(shape(store.links.undirected)).toEqual(shape(undirected));
}

describe('LinkProjection', () => {
  it('follows new articles, merges, retypes, rejections and restores', () => {
    const store = new GraphStore();
    for (let i = 0; i < 6; i++) store.applyExtraction(article(i));
    expectCurrent(store); // built here, kept up to date from now on
    for (let i = 6; i < 14; i++) store.applyExtraction(article(i));
    expectCurrent(store);

    store.applyCuration({ kind: 'merge', keep: 'person:ilsa-vantrow', merge: ['person:tavo-renn'] });
    expectCurrent(store);
    store.applyCuration({ kind: 'set-type', id: 'country:benin', type: 'REGION' });
    expectCurrent(store);

    const key = store.graph.edges()[0] as string;
    const ref = store.relationRef(key);
    expect(ref).toBeDefined();
    store.applyCuration({ kind: 'reject', reason: 'wrong', ...(ref as NonNullable<typeof ref>) });
    expectCurrent(store);
    store.applyCuration({ kind: 'restore', ...(ref as NonNullable<typeof ref>) });
    expectCurrent(store);
  });

  it('is the adopted store after a rebuild hand-over, and empty after a reset', () => {
    const store = new GraphStore();
    for (let i = 0; i < 4; i++) store.applyExtraction(article(i));
    expect(store.links.undirected.size).toBeGreaterThan(0);
    const rebuilt = store.emptyLike();
    for (let i = 4; i < 9; i++) rebuilt.applyExtraction(article(i));
    store.adopt(rebuilt);
    expectCurrent(store);
    store.reset();
    expect(store.links.undirected.order).toBe(0);
    store.applyExtraction(article(20));
    expectCurrent(store);
  });
});
