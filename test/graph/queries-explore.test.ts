// Exploration queries over hand-built documents, so each expectation follows from the sketch and
// not from what the extractor finds today: paths and their directions, neighbourhoods, subgraphs,
// search, centrality and communities cached per version, filters, timelines and global ids.
import { describe, expect, it } from 'vitest';
import { type Extraction, InvalidInputError, entityId } from '../../src/domain/index.js';
import {
  GraphStore,
  MAX_PATHS_COUNTED,
  allPaths,
  centralities,
  centralityOf,
  communityPartition,
  getNode,
  listDocuments,
  listEntities,
  listFacts,
  listRelations,
  listStatements,
  neighbors,
  rankedHits,
  relationsOf,
  shortestPath,
  snippetHtml,
  subgraph,
  timelineEntries,
} from '../../src/graph/index.js';
import { buildExtraction } from './build-extraction.js';

const MACRON = 'person:emmanuel-macron';
const SCHOLZ = 'person:olaf-scholz';
const FRANCE = 'country:france';
const GERMANY = 'country:germany';
const NATO = 'alliance:nato';
const PARIS = 'city:paris';
const ZELENSKY = 'person:volodymyr-zelensky';

function dated(extraction: Extraction, publishedAt: string | null): Extraction {
  return { ...extraction, document: { ...extraction.document, publishedAt } };
}

/** Two articles: a later one ingested first, an earlier one second, and one without a date. */
function exploredStore(): GraphStore {
  const store = new GraphStore();
  store.applyExtraction(
    dated(
      buildExtraction({
        sentences: ['Emmanuel Macron met Olaf Scholz in Paris.', 'France and Germany are members of NATO.', 'Reuters said "we agree".'],
        entities: [
          { name: 'Emmanuel Macron', type: 'PERSON', aliases: ['Macron'] },
          { name: 'Olaf Scholz', type: 'PERSON' },
          { name: 'Paris', type: 'CITY' },
          { name: 'France', type: 'COUNTRY', sentences: [1] },
          { name: 'Germany', type: 'COUNTRY', sentences: [1] },
          { name: 'NATO', type: 'ALLIANCE', aliases: ['North Atlantic Treaty Organization'], sentences: [1] },
        ],
        relations: [
          { subject: MACRON, predicate: 'MET_WITH', object: SCHOLZ, confidence: 0.9 },
          { subject: PARIS, predicate: 'LOCATED_IN', object: FRANCE, confidence: 0.6 },
          { subject: FRANCE, predicate: 'MEMBER_OF', object: NATO, sentence: 1 },
          { subject: GERMANY, predicate: 'MEMBER_OF', object: NATO, sentence: 1 },
          { subject: MACRON, predicate: 'LEADS', object: FRANCE, role: 'President', confidence: 0.95 },
          { subject: SCHOLZ, predicate: 'LEADS', object: GERMANY, role: 'Chancellor', confidence: 0.95 },
        ],
        statements: [{ id: 'st:later', speaker: MACRON, text: 'we agree', reportedBy: null }],
        facts: [{ id: 'f:later', kind: 'killed', count: 2, subject: FRANCE }],
      }),
      '2022-03-10',
    ),
  );
  store.applyExtraction(
    dated(
      buildExtraction({
        sentences: ['Volodymyr Zelensky asked NATO for help.', 'Macron said "we will help".'],
        entities: [
          { name: 'Volodymyr Zelensky', type: 'PERSON', aliases: ['Zelenskyy'] },
          { name: 'NATO', type: 'ALLIANCE' },
          { name: 'Emmanuel Macron', type: 'PERSON', sentences: [1] },
        ],
        relations: [{ subject: ZELENSKY, predicate: 'REQUESTED', object: NATO }],
        statements: [{ id: 'st:earlier', speaker: MACRON, text: 'we will help', reportedBy: null }],
      }),
      '2022-02-01',
    ),
  );
  store.applyExtraction(
    buildExtraction({
      sentences: ['Emmanuel Macron visited Paris.'],
      entities: [
        { name: 'Emmanuel Macron', type: 'PERSON' },
        { name: 'Paris', type: 'CITY' },
      ],
      relations: [{ subject: MACRON, predicate: 'LOCATED_IN', object: PARIS, confidence: 0.3 }],
    }),
  );
  return store;
}

describe('shortestPath and allPaths', () => {
  const store = exploredStore();

  it('walks relations against their direction and says so for each step', () => {
    const path = shortestPath(store, { from: NATO, to: ZELENSKY });
    expect(path?.entities).toEqual([NATO, ZELENSKY]);
    expect(path?.steps[0]?.relation.predicate).toBe('REQUESTED');
    expect(path?.steps[0]?.forward).toBe(false);
    expect(shortestPath(store, { from: ZELENSKY, to: NATO })?.steps[0]?.forward).toBe(true);
  });

  it('gives a step every relation between its two entities, each once, both ways, and only the predicates asked for', () => {
    const pair = new GraphStore();
    pair.applyExtraction(
      buildExtraction({
        sentences: ['Anna Velk leads Tarsk.', 'Tarsk opposes Anna Velk.', 'Anna Velk met officials of Tarsk.'],
        entities: [
          { name: 'Anna Velk', type: 'PERSON', sentences: [0, 1, 2] },
          { name: 'Tarsk', type: 'COUNTRY', sentences: [0, 1, 2] },
        ],
        relations: [
          { subject: 'person:anna-velk', predicate: 'LEADS', object: 'country:tarsk', sentence: 0, confidence: 0.9 },
          { subject: 'country:tarsk', predicate: 'OPPOSES', object: 'person:anna-velk', sentence: 1, confidence: 0.8 },
          { subject: 'person:anna-velk', predicate: 'MET_WITH', object: 'country:tarsk', sentence: 2, confidence: 0.7 },
        ],
      }),
    );
    const [step] = shortestPath(pair, { from: 'person:anna-velk', to: 'country:tarsk' })?.steps ?? [];
    expect([step?.relation.predicate, ...(step?.alternatives ?? []).map((r) => r.predicate)]).toEqual(['LEADS', 'OPPOSES', 'MET_WITH']);
    const [only] = shortestPath(pair, { from: 'person:anna-velk', to: 'country:tarsk', predicates: ['OPPOSES'] })?.steps ?? [];
    expect(only?.relation.predicate).toBe('OPPOSES');
    expect(only?.forward).toBe(false);
    expect(only?.alternatives).toEqual([]);
  });

  it('finds the shortest path across several hops, each step with the sentence that states it', () => {
    const path = shortestPath(store, { from: ZELENSKY, to: SCHOLZ });
    expect(path?.steps).toHaveLength(3);
    expect(path?.entities[0]).toBe(ZELENSKY);
    expect(path?.entities[3]).toBe(SCHOLZ);
    for (const step of path?.steps ?? []) expect(step.relation.evidence[0]?.text).toMatch(/\.$/);
  });

  it('follows only the predicates asked for, and returns null beyond maxLength', () => {
    expect(shortestPath(store, { from: ZELENSKY, to: SCHOLZ, predicates: ['REQUESTED', 'MEMBER_OF'] })).toBeNull();
    expect(shortestPath(store, { from: ZELENSKY, to: SCHOLZ, maxLength: 2 })).toBeNull();
    expect(shortestPath(store, { from: ZELENSKY, to: 'person:nobody' })).toBeNull();
  });

  it('lists every simple path, shortest first, with their total', () => {
    const found = allPaths(store, { from: MACRON, to: GERMANY, maxLength: 4 });
    const lengths = found.paths.map((p) => p.steps.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(lengths[0]).toBe(2);
    expect(found.totalCount).toBe(found.paths.length);
    expect(found.paths.every((p) => new Set(p.entities).size === p.entities.length)).toBe(true);
    expect(allPaths(store, { from: MACRON, to: GERMANY, maxLength: 4, first: 1 }).paths).toHaveLength(1);
  });

  it('counts the same paths as a full search would on a small graph, with hasMore false', () => {
    const found = allPaths(store, { from: MACRON, to: GERMANY, maxLength: 4 });
    expect(found.hasMore).toBe(false);
    expect(found.totalCount).toBeGreaterThan(0);
  });

  it('stops counting at MAX_PATHS_COUNTED between two hubs of a dense graph, and says there are more', () => {
    // 40 countries all allied with one another: between two of them there are 1 + 38 + 38*37 + ... paths.
    const names = Array.from({ length: 40 }, (_, i) => `Country${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
    const dense = new GraphStore();
    const relations = names.flatMap((a, i) =>
      names.slice(i + 1).map((b) => ({ subject: entityId('COUNTRY', a), predicate: 'ALLIED_WITH' as const, object: entityId('COUNTRY', b) })),
    );
    dense.applyExtraction(buildExtraction({ sentences: ['They are allies.'], entities: names.map((name) => ({ name, type: 'COUNTRY' as const })), relations }));
    const started = performance.now();
    const found = allPaths(dense, { from: entityId('COUNTRY', names[0] ?? ''), to: entityId('COUNTRY', names[1] ?? ''), maxLength: 4, first: 5 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(found.hasMore).toBe(true);
    expect(found.totalCount).toBe(MAX_PATHS_COUNTED);
    expect(found.paths.map((p) => p.steps.length)).toEqual([1, 2, 2, 2, 2]);
  });

  it('refuses a maxLength outside its range', () => {
    expect(() => shortestPath(store, { from: MACRON, to: NATO, maxLength: 0 })).toThrow(InvalidInputError);
    expect(() => allPaths(store, { from: MACRON, to: NATO, maxLength: 7 })).toThrow(InvalidInputError);
  });
});

describe('neighbors and subgraph', () => {
  const store = exploredStore();

  it('lists entities by distance, pages them and draws the relations among the page', () => {
    const page = neighbors(store, { entity: NATO, depth: 2, first: 3 });
    expect(page?.edges.map((e) => e.node.distance)).toEqual([1, 1, 1]);
    expect(page?.totalCount()).toBe(6);
    expect(page?.pageInfo.hasNextPage).toBe(true);
    const ids = new Set([NATO, ...(page?.edges.map((e) => e.node.id) ?? [])]);
    expect(page?.relations.every((r) => ids.has(r.source) && ids.has(r.target))).toBe(true);
    const rest = neighbors(store, { entity: NATO, depth: 2, first: 10, after: page?.pageInfo.endCursor ?? null });
    expect(rest?.edges.map((e) => e.node.distance)).toEqual([2, 2, 2]);
  });

  it('keeps to the predicates and types asked for', () => {
    const members = neighbors(store, { entity: NATO, predicates: ['MEMBER_OF'] });
    expect(members?.edges.map((e) => e.node.id).sort()).toEqual([FRANCE, GERMANY]);
    const people = neighbors(store, { entity: NATO, types: ['PERSON'], depth: 3 });
    expect(people?.edges.map((e) => e.node.id)).toEqual([ZELENSKY]);
    expect(neighbors(store, { entity: 'person:nobody' })).toBeNull();
  });

  it('returns a subgraph around seeds, and the most central entities without seeds', () => {
    const around = subgraph(store, { ids: [ZELENSKY], depth: 1 });
    expect(around.nodes).toEqual([
      { id: ZELENSKY, distance: 0 },
      { id: NATO, distance: 1 },
    ]);
    expect(around.relations.map((r) => r.predicate)).toEqual(['REQUESTED']);
    const top = subgraph(store, { limit: 2 });
    const central = centralities(store);
    expect(top.nodes.map((n) => n.id)).toEqual(
      store.graph
        .nodes()
        .sort((a, b) => central.rankOf(a) - central.rankOf(b))
        .slice(0, 2),
    );
    expect(top.truncated).toBe(true);
    expect(top.totalCount).toBe(store.graph.order);
    expect(() => subgraph(store, { limit: 0 })).toThrow(InvalidInputError);
  });
});

describe('search', () => {
  const store = exploredStore();

  it('matches word prefixes, case and accent blind, names before sentences', () => {
    const hits = rankedHits(store, { query: 'MACRÓ' });
    expect(hits[0]?.entity).toBe(MACRON);
    expect(hits[0]?.field).toBe('NAME');
    expect(hits.slice(1).every((h) => h.field === 'SENTENCE')).toBe(true);
    expect(rankedHits(store, { query: 'zelenskyy' })[0]).toMatchObject({ entity: ZELENSKY, field: 'ALIAS' });
  });

  it('needs every word to match, and filters by type', () => {
    expect(rankedHits(store, { query: 'north atlantic' }).map((h) => h.entity)).toEqual([NATO]);
    expect(rankedHits(store, { query: 'north zebra' })).toEqual([]);
    expect(rankedHits(store, { query: 'paris', types: ['CITY'] }).map((h) => h.entity)).toEqual([PARIS]);
    expect(rankedHits(store, { query: '  ' })).toEqual([]);
  });

  it('highlights the matched words in the snippet, escaped as HTML', () => {
    const [hit] = rankedHits(store, { query: 'olaf' });
    expect(hit?.snippet.text.slice(hit.snippet.highlights[0]?.start, hit.snippet.highlights[0]?.end)).toBe('Olaf');
    expect(snippetHtml({ text: 'a <b> Olaf', highlights: [{ start: 6, end: 10 }] })).toBe('a &lt;b&gt; <mark>Olaf</mark>');
  });
});

describe('search: prefixes and typos', () => {
  const store = exploredStore();
  store.applyExtraction(
    buildExtraction({
      sentences: ['Kassym-Jomart Tokayev spoke in Astana.'],
      entities: [
        { name: 'Kassym-Jomart Tokayev', type: 'PERSON', aliases: ['Tokayev'] },
        { name: 'Astana', type: 'CITY' },
      ],
    }),
  );
  const TOKAYEV = entityId('PERSON', 'Kassym-Jomart Tokayev');

  const found: readonly (readonly [query: string, first: string, field: string])[] = [
    ['tok', TOKAYEV, 'NAME'],
    ['tokayev', TOKAYEV, 'NAME'],
    ['tokaev', TOKAYEV, 'NAME'],
    ['Tokajev', TOKAYEV, 'NAME'],
    ['kasym jomart', TOKAYEV, 'NAME'],
    ['zelensky', ZELENSKY, 'NAME'],
    ['zelenski', ZELENSKY, 'NAME'],
    ['volodimir', ZELENSKY, 'NAME'],
    ['scholtz', SCHOLZ, 'NAME'],
    ['astan', entityId('CITY', 'Astana'), 'NAME'],
    ['atlantic treaty', NATO, 'ALIAS'],
    ['atlantik', NATO, 'ALIAS'],
  ];
  it.each(found)('"%s" finds %s first, in its %s', (query, first, field) => {
    expect(rankedHits(store, { query })[0]).toMatchObject({ entity: first, field });
  });

  const notFound: readonly string[] = ['tokx', 'tik', 'zzzz', 'atlantic zebra', 'to kayev'];
  it.each(notFound)('"%s" finds nothing', (query) => {
    expect(rankedHits(store, { query })).toEqual([]);
  });

  it('ranks an exact word above a prefix and a prefix above a typo', () => {
    const [exact] = rankedHits(store, { query: 'paris' });
    const [prefix] = rankedHits(store, { query: 'pari' });
    const [typo] = rankedHits(store, { query: 'parris' });
    expect([exact?.entity, prefix?.entity, typo?.entity]).toEqual([PARIS, PARIS, PARIS]);
    expect(exact?.score).toBeGreaterThan(prefix?.score ?? 0);
    expect(prefix?.score).toBeGreaterThan(typo?.score ?? 0);
  });

  it('highlights the word a typo matched', () => {
    const [hit] = rankedHits(store, { query: 'tokaev' });
    expect(hit?.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end))).toEqual(['Tokayev']);
  });
});

describe('search: the index follows the graph', () => {
  /** Every hit of each query, as a store built from scratch with the same history would give it. */
  function answers(store: GraphStore, queries: readonly string[]): unknown[] {
    return queries.map((query) => rankedHits(store, { query }));
  }
  const QUERIES = ['macron', 'emmanuel', 'paris', 'kyiv', 'zelensky', 'president', 'nato', 'tokaev', 'help', 'manu'];

  it('sees added documents, renames, merges and a removed entity after it was first built', () => {
    const live = exploredStore();
    expect(rankedHits(live, { query: 'kyiv' })).toEqual([]);
    const steps: ((store: GraphStore) => void)[] = [
      (store) =>
        store.applyExtraction(
          buildExtraction({
            sentences: ['Zelensky returned to Kyiv.', 'Macron phoned Zelensky.'],
            entities: [
              { name: 'Volodymyr Zelensky', type: 'PERSON', sentences: [0, 1] },
              { name: 'Kyiv', type: 'CITY' },
              { name: 'Emmanuel Macron', type: 'PERSON', sentences: [1] },
            ],
          }),
        ),
      (store) => store.applyCuration({ kind: 'rename', id: MACRON, name: 'President Manu Tokaev' }),
      (store) => store.applyCuration({ kind: 'merge', keep: ZELENSKY, merge: [entityId('CITY', 'Kyiv')], type: 'PERSON' }),
      (store) => store.applyCuration({ kind: 'merge', keep: NATO, merge: [PARIS], type: 'ALLIANCE' }),
    ];
    for (const [i, step] of steps.entries()) {
      step(live);
      const fresh = exploredStore();
      for (const earlier of steps.slice(0, i + 1)) earlier(fresh);
      // `fresh` builds its index on this first search, `live` updates the one it has.
      expect(answers(live, QUERIES)).toEqual(answers(fresh, QUERIES));
    }
    expect(rankedHits(live, { query: 'kyiv' }).map((h) => h.entity)).toEqual([ZELENSKY]);
    expect(rankedHits(live, { query: 'manu tokaev' }).map((h) => h.entity)).toContain(MACRON);
    expect(rankedHits(live, { query: 'paris', types: ['CITY'] })).toEqual([]);
  });
});

describe('centrality and communities', () => {
  it('are computed once per graph version and recomputed after a change', () => {
    const store = exploredStore();
    const first = centralities(store);
    expect(centralities(store)).toBe(first);
    expect(communityPartition(store)).toBe(communityPartition(store));
    const total = [...first.values()].reduce((sum, c) => sum + c.pagerank, 0);
    expect(total).toBeCloseTo(1, 5);
    expect(centralityOf(store, { id: NATO })?.degree).toBe(3);
    store.applyExtraction(
      buildExtraction({
        sentences: ['Spain is in NATO.'],
        entities: [
          { name: 'Spain', type: 'COUNTRY' },
          { name: 'NATO', type: 'ALLIANCE' },
        ],
        relations: [{ subject: 'country:spain', predicate: 'MEMBER_OF', object: NATO }],
      }),
    );
    expect(centralities(store)).not.toBe(first);
    expect(centralityOf(store, { id: NATO })?.degree).toBe(4);
  });

  it('put every entity in exactly one community, the same way every time', () => {
    const a = communityPartition(exploredStore());
    const b = communityPartition(exploredStore());
    expect(a.communities.flatMap((c) => c.members).sort()).toEqual(exploredStore().graph.nodes().sort());
    expect(a.communities).toEqual(b.communities);
  });
});

describe('filters and order of lists', () => {
  const store = exploredStore();

  it('filter relations by predicate, type, document, date and confidence, and count without paging', () => {
    expect(listRelations(store, { filter: { predicates: ['LEADS'] } }).totalCount()).toBe(2);
    expect(listRelations(store, { filter: { minConfidence: 0.9 } }).totalCount()).toBe(3);
    expect(listRelations(store, { filter: { published: { from: '2022-02-01', to: '2022-02-01' } } }).edges.map((e) => e.node.predicate)).toEqual(['REQUESTED']);
    expect(listRelations(store, { filter: { types: ['ALLIANCE'] } }).totalCount()).toBe(3);
    expect(relationsOf(store, { entity: MACRON, filter: { types: ['COUNTRY'] } }).map((r) => r.target)).toEqual([FRANCE]);
    const byConfidence = listRelations(store, { orderBy: { field: 'CONFIDENCE', direction: 'DESC' }, first: 100 }).edges.map((e) => e.node.confidence);
    expect(byConfidence).toEqual([...byConfidence].sort((a, b) => b - a));
  });

  it('pages a connection without repeating an item', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const page = listRelations(store, { first: 3, after });
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(store.graph.size);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filter and sort statements, facts, documents and entities by publication date', () => {
    expect(listStatements(store, { orderBy: { field: 'DATE' } }).map((s) => s.id)).toEqual(['st:earlier', 'st:later']);
    expect(listStatements(store, { published: { to: '2022-02-28' } }).map((s) => s.id)).toEqual(['st:earlier']);
    expect(listFacts(store, { subject: FRANCE }).map((f) => f.id)).toEqual(['f:later']);
    expect(listDocuments(store, { orderBy: { field: 'DATE' } }).map((d) => d.publishedAt)).toEqual(['2022-02-01', '2022-03-10', null]);
    expect(
      listEntities(store, { filter: { published: { from: '2022-01-01', to: '2022-02-15' } } })
        .edges.map((e) => e.node.id)
        .sort(),
    ).toEqual([MACRON, NATO, ZELENSKY].sort());
    expect(listEntities(store, { orderBy: { field: 'DEGREE', direction: 'DESC' }, first: 1 }).edges[0]?.node.id).toBe(MACRON);
    expect(() => listStatements(store, { published: { from: 'yesterday' } })).toThrow(InvalidInputError);
  });
});

describe('timelineEntries', () => {
  it('orders what is said about an entity by publication date, undated articles last', () => {
    const entries = timelineEntries(exploredStore(), { entity: MACRON });
    expect(entries.map((e) => `${e.kind}:${e.item.id}`).filter((k) => k.startsWith('STATEMENT'))).toEqual(['STATEMENT:st:earlier', 'STATEMENT:st:later']);
    expect(entries[entries.length - 1]?.item).toMatchObject({ predicate: 'LOCATED_IN', target: PARIS });
    expect(timelineEntries(exploredStore(), { entity: MACRON, kinds: ['STATEMENT'] })).toHaveLength(2);
  });
});

describe('getNode', () => {
  it('finds any object by its id and says what it is', () => {
    const store = exploredStore();
    const relation = relationsOf(store, { entity: ZELENSKY })[0];
    const document = listDocuments(store)[0];
    expect(getNode(store, { id: MACRON })?.kind).toBe('Entity');
    expect(getNode(store, { id: relation?.id ?? '' })?.kind).toBe('Relation');
    expect(getNode(store, { id: document?.id ?? '' })?.kind).toBe('Document');
    expect(getNode(store, { id: 'st:later' })?.kind).toBe('Statement');
    expect(getNode(store, { id: 'f:later' })?.kind).toBe('Fact');
    expect(getNode(store, { id: 'nothing:here' })).toBeNull();
  });
});
