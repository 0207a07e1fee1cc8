// relationsAmong: every relation with both ends in the set, found from the short lists or pair by
// pair around hubs, the same as a walk over every relation of the graph would find.
import { describe, expect, it } from 'vitest';
import { type RelationType, entityId } from '../../src/domain/index.js';
import { GraphStore } from '../../src/graph/index.js';
import { relationsAmong } from '../../src/graph/queries/neighbors.js';
import { buildExtraction } from './build-extraction.js';

const HUB = entityId('COUNTRY', 'Ostravia');
const OTHER_HUB = entityId('COUNTRY', 'Velmoria');
const person = (n: number): string => entityId('PERSON', `Ilse Varga ${n}`);

/** Two hubs with 40 people each around them, some people related to each other, the hubs in both directions. */
function hubStore(): GraphStore {
  const store = new GraphStore();
  for (let n = 0; n < 40; n += 1) {
    store.applyExtraction(
      buildExtraction({
        sentences: [`Ilse Varga ${n} visited Ostravia and Velmoria.`],
        entities: [
          { name: `Ilse Varga ${n}`, type: 'PERSON' },
          { name: 'Ostravia', type: 'COUNTRY' },
          { name: 'Velmoria', type: 'COUNTRY' },
          ...(n > 0 ? [{ name: `Ilse Varga ${n - 1}`, type: 'PERSON' as const }] : []),
        ],
        relations: [
          { subject: person(n), predicate: 'LEADS', object: HUB, role: 'President' },
          { subject: person(n), predicate: 'MET_WITH', object: OTHER_HUB },
          ...(n > 0 && n % 3 === 0 ? [{ subject: person(n), predicate: 'MET_WITH' as const, object: person(n - 1) }] : []),
          ...(n === 7 ? [{ subject: HUB, predicate: 'OPPOSES' as const, object: OTHER_HUB }] : []),
          ...(n === 9 ? [{ subject: OTHER_HUB, predicate: 'SANCTIONED' as const, object: HUB }] : []),
        ],
      }),
    );
  }
  return store;
}

/** Every relation of the graph with both ends among `ids`, the slow way. */
function bruteForce(store: GraphStore, ids: readonly string[], predicates?: readonly RelationType[]): string[] {
  const inside = new Set(ids);
  return store.graph
    .edges()
    .filter((key) => inside.has(store.graph.source(key)) && inside.has(store.graph.target(key)))
    .filter((key) => predicates === undefined || predicates.includes(store.graph.getEdgeAttributes(key).predicate))
    .sort();
}

describe('relationsAmong', () => {
  const store = hubStore();
  interface Case {
    readonly ids: readonly string[];
    readonly predicates?: readonly RelationType[];
  }
  const cases: Readonly<Record<string, Case>> = {
    'two hubs and a few people': { ids: [HUB, OTHER_HUB, person(3), person(2), person(7)] },
    'people only': { ids: [person(6), person(5), person(4), person(9)] },
    'one hub, people on both sides of it': { ids: [person(12), HUB, person(11), person(30)] },
    'a predicate filter': { ids: [HUB, OTHER_HUB, person(3), person(2)], predicates: ['MET_WITH', 'OPPOSES'] },
    'an unknown id and a repeated one': { ids: [HUB, 'person:nobody', person(1), person(1)] },
    everyone: { ids: [HUB, OTHER_HUB, ...Array.from({ length: 40 }, (_, n) => person(n))] },
  };
  it.each(Object.keys(cases))('%s: the relations a walk over the whole graph finds', (label) => {
    const { ids, predicates } = cases[label] as Case;
    const found = relationsAmong(store, { ids, predicates: predicates ?? null }).map((r) => r.id);
    expect(new Set(found).size).toBe(found.length);
    expect([...found].sort()).toEqual(bruteForce(store, ids, predicates));
  });

  it('lists them by where their earlier end is in the ids', () => {
    const ids = [person(3), HUB, OTHER_HUB, person(2)];
    const found = relationsAmong(store, { ids });
    const position = (id: string): number => ids.indexOf(id);
    const places = found.map((r) => Math.min(position(r.source), position(r.target)));
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });
});
