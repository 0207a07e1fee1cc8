// Search at the sizes where its shortcuts start to matter: more matches than one sorted head, a
// common word next to a rare one, a hub with more sentences than a snippet reads.
import { describe, expect, it } from 'vitest';
import { entityId } from '../../src/domain/index.js';
import { GraphStore, rankedHits, search } from '../../src/graph/index.js';
import { MAX_PAGE_SIZE } from '../../src/graph/queries/connection.js';
import { SNIPPET_SCAN_SENTENCES, SNIPPET_SENTENCES_PER_HIT } from '../../src/graph/queries/search-index.js';
import { buildExtraction } from './build-extraction.js';

/** Every page of a search, `first` at a time, concatenated. */
function allPages(store: GraphStore, query: string, first: number): string[] {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = search(store, { query, first, after });
    ids.push(...page.edges.map((e) => e.node.entity));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

describe('search: pages past the first hundred', () => {
  // 250 companies "Velmora N Holdings", each with its own sentence, some in more sentences than
  // others (so degree-free ties and score ties both occur), and a few with the name in a sentence only.
  const store = new GraphStore();
  for (let n = 0; n < 250; n += 1) {
    store.applyExtraction(
      buildExtraction({
        sentences: [
          `Velmora ${n} Holdings reported its results.`,
          n % 7 === 0 ? `The results of Velmora holdings group number ${n} were late.` : 'Nothing else.',
        ],
        entities: [{ name: `Velmora ${n} Holdings`, type: 'ORGANIZATION', sentences: n % 7 === 0 ? [0, 1] : [0] }],
      }),
    );
  }

  it.each([1, 7, 20, MAX_PAGE_SIZE])('pages of %i give the full ranking, in order, each entity once', (first) => {
    const ranked = rankedHits(store, { query: 'velm hold' }).map((h) => h.entity);
    expect(ranked).toHaveLength(250);
    expect(allPages(store, 'velm hold', first)).toEqual(ranked);
    expect(search(store, { query: 'velm hold', first }).totalCount()).toBe(250);
  });

  it('gives the same hits whichever word is the rarer', () => {
    const a = rankedHits(store, { query: 'velmora 17 holdings' }).map((h) => h.entity);
    const b = rankedHits(store, { query: 'holdings 17 velmora' }).map((h) => h.entity);
    expect(a[0]).toBe(entityId('ORGANIZATION', 'Velmora 17 Holdings'));
    expect(b).toEqual(a);
  });
});

describe('search: short words', () => {
  const store = new GraphStore();
  store.applyExtraction(
    buildExtraction({
      sentences: ['Minna Talvik met the ministry staff.', 'The mine at Orvel closed.'],
      entities: [
        { name: 'Minna Talvik', type: 'PERSON', sentences: [0] },
        { name: 'Orvel', type: 'CITY', sentences: [1] },
      ],
    }),
  );
  const cases: readonly (readonly [query: string, found: readonly string[]])[] = [
    // Three letters start names, and match sentences' words only whole.
    ['min', [entityId('PERSON', 'Minna Talvik')]],
    ['mine', [entityId('CITY', 'Orvel')]],
    // From four letters, they start sentences' words too, and match a word one typo away ("mine").
    ['mini', [entityId('PERSON', 'Minna Talvik'), entityId('CITY', 'Orvel')]],
    ['minis', [entityId('PERSON', 'Minna Talvik')]],
    ['orv', [entityId('CITY', 'Orvel')]],
  ];
  it.each(cases)('"%s" finds %j', (query, found) => {
    expect(rankedHits(store, { query }).map((h) => h.entity)).toEqual(found);
  });
});

describe('search: snippets of a hub', () => {
  const HUB = entityId('COUNTRY', 'Ostravia');
  const store = new GraphStore();
  // The hub is named in more documents than a snippet reads; the one sentence that also names
  // "Quillmark" comes after them, and an accented sentence before them names "Kyïv".
  const documents = SNIPPET_SCAN_SENTENCES + 5;
  for (let n = 0; n < documents; n += 1) {
    const sentence = n === 3 ? 'Ostravia sent aid to Kyïv.' : n === documents - 1 ? 'Ostravia hired Quillmark.' : `Ostravia opened school ${n}.`;
    store.applyExtraction(buildExtraction({ sentences: [sentence], entities: [{ name: 'Ostravia', type: 'COUNTRY' }] }));
  }

  it('finds the hub by a word of its sentences, accents folded, and shows that sentence', () => {
    const [hit] = rankedHits(store, { query: 'kyiv' });
    expect(hit).toMatchObject({ entity: HUB, field: 'SENTENCE', snippet: { text: 'Ostravia sent aid to Kyïv.' } });
    expect(hit?.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end))).toEqual(['Kyïv']);
  });

  it('finds the hub by a word only its late sentences hold, with its name for a snippet', () => {
    const [hit] = rankedHits(store, { query: 'quillmark' });
    expect(hit?.entity).toBe(HUB);
    expect(hit?.score).toBeGreaterThan(0);
    expect(hit?.snippet.text).toBe('Ostravia');
  });

  it('finds a typo of a sentence word in a sentence it reads, and highlights it', () => {
    const [hit] = rankedHits(store, { query: 'scool' });
    expect(hit?.snippet.text).toBe('Ostravia opened school 0.');
    expect(hit?.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end))).toEqual(['school']);
  });
});

describe('search: the sentences read for one page', () => {
  /** A store of hubs, each named in `sentences` sentences of which only the last names "Quillmark". */
  function hubs(sizes: Readonly<Record<string, number>>): GraphStore {
    const store = new GraphStore();
    for (const [hub, sentences] of Object.entries(sizes)) {
      for (let n = 0; n < sentences; n += 1) {
        const sentence = n === sentences - 1 ? `${hub} hired Quillmark.` : `${hub} opened school ${n}.`;
        store.applyExtraction(buildExtraction({ sentences: [sentence], entities: [{ name: hub, type: 'COUNTRY' }] }));
      }
    }
    return store;
  }
  const snippetsOf = (store: GraphStore): string[] => search(store, { query: 'quillmark', first: 10 }).edges.map((e) => e.node.snippet.text);
  const share = SNIPPET_SENTENCES_PER_HIT;

  it('are shared by its hits: past the budget a hit shows its name', () => {
    // Hubs rank by id when they tie: Aldavia, Belvania, Ostravia.
    const store = hubs({ Aldavia: share - 100, Belvania: share - 100, Ostravia: share - 100 });
    expect(SNIPPET_SCAN_SENTENCES).toBeLessThan(3 * (share - 100));
    expect(snippetsOf(store)).toEqual(['Aldavia hired Quillmark.', 'Belvania hired Quillmark.', 'Ostravia']);
  });

  it('are read at most a share per hit, so one hub does not leave the others without snippets', () => {
    const store = hubs({ Aldavia: share + 100, Belvania: 500 });
    expect(snippetsOf(store)).toEqual(['Aldavia', 'Belvania hired Quillmark.']);
  });

  it('are counted per hit when every hit is asked for', () => {
    const store = hubs({ Aldavia: share + 100, Belvania: share - 100, Ostravia: share - 100 });
    const snippets = rankedHits(store, { query: 'quillmark' }).map((hit) => hit.snippet.text);
    expect(snippets).toEqual(['Aldavia hired Quillmark.', 'Belvania hired Quillmark.', 'Ostravia hired Quillmark.']);
  });
});

describe('search: the bonus of a name that is exactly the query', () => {
  const store = new GraphStore();
  store.applyExtraction(
    buildExtraction({
      sentences: ['Velk Systems and Velk met.', 'Tokav spoke.', 'The Kasym Tokav Trust paid.'],
      entities: [
        // More relations, so it would rank first on a tie.
        { name: 'Velk Systems', type: 'ORGANIZATION', aliases: ['Velk'], sentences: [0] },
        { name: 'Velk', type: 'ORGANIZATION', sentences: [0] },
        { name: 'Tokav', type: 'PERSON', aliases: ['Kasym Tokav'], sentences: [1] },
        { name: 'Kasym Tokav Trust', type: 'ORGANIZATION', sentences: [2] },
      ],
      relations: [
        { subject: 'organization:velk-systems', predicate: 'MET_WITH', object: 'organization:velk', sentence: 0 },
        { subject: 'organization:velk-systems', predicate: 'MET_WITH', object: 'organization:kasym-tokav-trust', sentence: 0 },
        { subject: 'organization:kasym-tokav-trust', predicate: 'MET_WITH', object: 'organization:velk', sentence: 0 },
        { subject: 'organization:velk-systems', predicate: 'MET_WITH', object: 'person:tokav', sentence: 0 },
      ],
    }),
  );

  it('goes to the entity named so, not to one whose name holds the word and whose alias is it', () => {
    expect(rankedHits(store, { query: 'velk' }).map((h) => h.entity)).toEqual([entityId('ORGANIZATION', 'Velk'), entityId('ORGANIZATION', 'Velk Systems')]);
  });

  it('goes to an alias that is exactly the query when the name does not hold every word', () => {
    expect(rankedHits(store, { query: 'kasym tokav' })[0]?.entity).toBe(entityId('PERSON', 'Tokav'));
  });
});

describe('search: typos', () => {
  const store = new GraphStore();
  store.applyExtraction(
    buildExtraction({
      sentences: ['Talvikoski spoke.', 'The Marenkova plant closed.'],
      entities: [
        { name: 'Talvikoski', type: 'PERSON', sentences: [0] },
        { name: 'Orvel', type: 'CITY', sentences: [1] },
      ],
    }),
  );
  const cases: readonly (readonly [query: string, found: readonly string[]])[] = [
    // Eight letters and more: two typos in names, one in sentences.
    ['talvkosky', [entityId('PERSON', 'Talvikoski')]],
    ['marenkva', [entityId('CITY', 'Orvel')]],
    ['marenkvo', []],
    ['talvikosk', [entityId('PERSON', 'Talvikoski')]],
  ];
  it.each(cases)('"%s" finds %j', (query, found) => {
    expect(rankedHits(store, { query }).map((h) => h.entity)).toEqual(found);
  });

  it('give the same answers whatever was searched before (the score arrays are reused)', () => {
    const queries = ['talvkosky', 'marenkva', 'orvel', 'spoke', 'talvikoski spoke', 'plant'];
    const first = queries.map((query) => rankedHits(store, { query }));
    const typed = rankedHits(store, { query: 'spoke', types: ['CITY'] });
    expect(typed).toEqual([]);
    const again = [...queries].reverse().map((query) => rankedHits(store, { query }));
    expect(again.reverse()).toEqual(first);
  });
});
