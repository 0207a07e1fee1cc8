// Taking a document out of the graph in place (GraphStore.removeDocumentInPlace) must leave exactly
// what a replay of the other documents leaves: the same nodes, edges, records and joins, in the same
// order. Every document of three corpora is removed in turn and compared with a clean build of the
// rest; documents the plan refuses must leave the store untouched. Then the refusals, one per
// reason, on small hand-built documents.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scaleCorpus } from '../../bench/scale-corpus.js';
import { type Extraction } from '../../src/domain/index.js';
import { GraphStore, rankedHits } from '../../src/graph/index.js';
import { extract } from '../../src/ingest/index.js';
import { gazetteer } from '../../src/ingest/model/gazetteer.js';
import { type EntitySketch, type RelationSketch, buildExtraction } from './build-extraction.js';
import { KAZAKHSTAN, RUSSIA, almaty, followUp, moscow, smallDocument, snapshotStore } from './persistence/fixtures.js';

function textsIn(folder: string): Extraction[] {
  const dir = fileURLToPath(new URL(folder, import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => extract({ text: readFileSync(join(dir, f), 'utf8') }));
}

function storeOf(extractions: readonly Extraction[]): GraphStore {
  const store = new GraphStore({ authority: gazetteer() });
  for (const extraction of extractions) store.applyExtraction(extraction);
  return store;
}

/** All a store shows: snapshotStore, each node's relations in their order, and the joins with where each joined id leads. */
function observable(store: GraphStore): unknown {
  const resolutions = [...store.resolutions()].map((r) => ({ ...r, now: store.resolveEntityId(r.id) }));
  const relationsByNode = store.graph.nodes().map((node) => store.graph.edges(node));
  return { ...(snapshotStore(store) as object), relationsByNode, resolutions, documentCount: store.documentCount };
}

const first = (n: number): Extraction[] => {
  const out: Extraction[] = [];
  for (const e of scaleCorpus()) {
    out.push(e);
    if (out.length >= n) break;
  }
  return out;
};

const doc = (sentence: string, entities: readonly EntitySketch[], relations: readonly RelationSketch[] = []): Extraction =>
  buildExtraction({ sentences: [sentence], entities, relations });
const RUSSIA_AND_KAZAKHSTAN = [
  { name: 'Russia', type: 'COUNTRY' },
  { name: 'Kazakhstan', type: 'COUNTRY' },
] as const;
const SENT_TROOPS = { subject: RUSSIA, predicate: 'SENT_TROOPS_TO', object: KAZAKHSTAN } as const;
const BELARUS = { name: 'Belarus', type: 'COUNTRY' } as const;
const ARMENIA = { name: 'Armenia', type: 'COUNTRY' } as const;

/**
 * Documents whose removal in place would go wrong without one of the plan's checks: a relation
 * stated first by one document and again by a later one (its place in the order moves), a join by
 * the gazetteer that a later document made through the joined id, a node that made a later join
 * ambiguous (without it the join happens), a role that kept a later name from joining a person, a
 * pair of entities related first by one document and again by others, and a relation stated twice
 * in one sentence at two confidences.
 */
const ORDER_SENSITIVE: readonly Extraction[] = [
  doc('Russia and Kazakhstan, officially the Republic of Kazakhstan, met.', [
    { name: 'Russia', type: 'COUNTRY' },
    { name: 'Kazakhstan', type: 'COUNTRY', aliases: ['Republic of Kazakhstan'] },
  ]),
  doc('Russia sent troops to Kazakhstan.', [...RUSSIA_AND_KAZAKHSTAN], [SENT_TROOPS]),
  doc(
    'Velmar Grain Board, the Grain Board, met Kazakhstan.',
    [
      { name: 'Velmar Grain Board', type: 'ORGANIZATION', aliases: ['Grain Board'] },
      { name: 'Kazakhstan', type: 'COUNTRY' },
    ],
    [{ subject: 'organization:velmar-grain-board', predicate: 'MET_WITH', object: KAZAKHSTAN }],
  ),
  doc('The Republic of Kazakhstan spoke.', [{ name: 'Republic of Kazakhstan', type: 'COUNTRY' }]),
  doc('Tarsk Grain Board, the other Grain Board, spoke.', [{ name: 'Tarsk Grain Board', type: 'ORGANIZATION', aliases: ['Grain Board'] }]),
  doc('The Grain Board spoke. The Republic of Kazakhstan spoke.', [
    { name: 'Grain Board', type: 'ORGANIZATION' },
    { name: 'Republic of Kazakhstan', type: 'COUNTRY' },
  ]),
  doc('Russia again sent troops to Kazakhstan.', [...RUSSIA_AND_KAZAKHSTAN], [SENT_TROOPS]),
  // Belarus's relations are listed by neighbour: Armenia comes first only while the document that
  // related the pair first is there.
  doc('Belarus, Armenia and Kazakhstan met.', [BELARUS, ARMENIA, RUSSIA_AND_KAZAKHSTAN[1]]),
  doc('Belarus blamed Armenia.', [BELARUS, ARMENIA], [{ subject: 'country:belarus', predicate: 'OPPOSES', object: 'country:armenia' }]),
  doc(
    'Belarus sent troops to Kazakhstan.',
    [BELARUS, RUSSIA_AND_KAZAKHSTAN[1]],
    [{ subject: 'country:belarus', predicate: 'SENT_TROOPS_TO', object: KAZAKHSTAN }],
  ),
  doc('Belarus sanctioned Armenia.', [BELARUS, ARMENIA], [{ subject: 'country:belarus', predicate: 'SANCTIONED', object: 'country:armenia' }]),
  // One sentence states a relation twice, at two confidences; a later document states it once.
  doc(
    'Russia criticised Belarus.',
    [RUSSIA_AND_KAZAKHSTAN[0], { name: 'Belarus', type: 'COUNTRY' }],
    [
      { subject: RUSSIA, predicate: 'OPPOSES', object: 'country:belarus', confidence: 0.5 },
      { subject: RUSSIA, predicate: 'OPPOSES', object: 'country:belarus', confidence: 0.9 },
    ],
  ),
  doc(
    'Russia again criticised Belarus.',
    [RUSSIA_AND_KAZAKHSTAN[0], { name: 'Belarus', type: 'COUNTRY' }],
    [{ subject: RUSSIA, predicate: 'OPPOSES', object: 'country:belarus', confidence: 0.6 }],
  ),
  doc('Anna Velk arrived.', [{ name: 'Anna Velk', type: 'PERSON' }]),
  doc(
    'Russian minister Anna Velk spoke.',
    [{ name: 'Anna Velk', type: 'PERSON' }, RUSSIA_AND_KAZAKHSTAN[0]],
    [{ subject: 'person:anna-velk', predicate: 'HOLDS_ROLE', object: RUSSIA, role: 'minister' }],
  ),
  doc(
    'Kazakh envoy A. Velk spoke.',
    [{ name: 'A. Velk', type: 'PERSON' }, RUSSIA_AND_KAZAKHSTAN[1]],
    [{ subject: 'person:a-velk', predicate: 'HOLDS_ROLE', object: KAZAKHSTAN, role: 'envoy' }],
  ),
];

const CORPORA: Record<string, readonly Extraction[]> = {
  'the cross-document articles': textsIn('../fixtures/cross-doc/'),
  'the annotated fixture articles': textsIn('../fixtures/'),
  'a generated news stream': first(40),
  // The newest gives Kazakhstan and Tokayev other names, which its removal must take back.
  'hand-built documents': [
    almaty,
    moscow,
    followUp,
    smallDocument(1),
    smallDocument(2),
    doc('Qazaqstan and its president, Kassym-Jomart Tokayev, spoke.', [
      { name: 'Kazakhstan', type: 'COUNTRY', aliases: ['Qazaqstan'] },
      { name: 'Kasim Khomart Tokayev', type: 'PERSON', aliases: ['Kassym-Jomart Tokayev'] },
    ]),
  ],
  'documents whose order matters': ORDER_SENSITIVE,
};

describe('GraphStore.removeDocumentInPlace', () => {
  for (const [name, corpus] of Object.entries(CORPORA)) {
    it(`leaves, for each document of ${name}, what a build without it gives, or refuses and changes nothing`, () => {
      let inPlace = 0;
      for (const victim of corpus) {
        const store = storeOf(corpus);
        const before = observable(store);
        const why = store.removeDocumentInPlace(victim.document.id, []);
        if (why === undefined) {
          inPlace += 1;
          expect(observable(store), victim.document.id).toEqual(observable(storeOf(corpus.filter((e) => e !== victim))));
        } else {
          expect(observable(store)).toEqual(before);
        }
      }
      // Both paths are taken on every corpus, so neither check above is a formality.
      expect(inPlace).toBeGreaterThan(0);
      expect(inPlace).toBeLessThan(corpus.length);
    });

    it(`takes the newest document of ${name} out in place, and then the one before it or says why`, () => {
      const store = storeOf(corpus);
      const newest = corpus.at(-1);
      const before = corpus.at(-2);
      if (newest === undefined || before === undefined) throw new Error('a corpus needs two documents');
      expect(store.removeDocumentInPlace(newest.document.id, [])).toBeUndefined();
      expect(observable(store)).toEqual(observable(storeOf(corpus.slice(0, -1))));
      // The names the newest but one replaced are no longer known: a rename of it needs a rebuild.
      if (store.removeDocumentInPlace(before.document.id, []) === undefined) {
        expect(observable(store)).toEqual(observable(storeOf(corpus.slice(0, -2))));
      }
    });
  }

  it('takes an independent document out in place, and the search index follows', async () => {
    const store = storeOf([almaty, moscow, smallDocument(7)]);
    await store.fullText.whenBuilt();
    expect(rankedHits(store, { query: 'Testland' }).map((hit) => hit.entity)).toContain('country:republic-of-testland-7');
    expect(store.removeDocumentInPlace(smallDocument(7).document.id, [])).toBeUndefined();
    expect(store.graph.hasNode('country:republic-of-testland-7')).toBe(false);
    expect(store.graph.getNodeAttributes(KAZAKHSTAN).documents).toEqual([almaty.document.id, moscow.document.id]);
    expect(rankedHits(store, { query: 'Testland' })).toEqual([]);
  });

  const refusals: ReadonlyArray<{ readonly why: string; readonly corpus: readonly Extraction[]; readonly victim: Extraction; readonly reason: RegExp }> = [
    { why: 'a later document joined an entity it introduced', corpus: [almaty, followUp], victim: almaty, reason: /joined/ },
    {
      why: 'it gave an entity of an earlier document a new alias, and is not the newest',
      corpus: [
        almaty,
        buildExtraction({ sentences: ['Kazakhstan, or Qazaqstan, spoke.'], entities: [{ name: 'Kazakhstan', type: 'COUNTRY', aliases: ['Qazaqstan'] }] }),
        smallDocument(9),
      ],
      victim: buildExtraction({ sentences: ['Kazakhstan, or Qazaqstan, spoke.'], entities: [{ name: 'Kazakhstan', type: 'COUNTRY', aliases: ['Qazaqstan'] }] }),
      reason: /new name/,
    },
    { why: 'it stated first a relation a later document states too', corpus: [moscow, almaty, followUp], victim: almaty, reason: /joined|stated first/ },
  ];
  for (const { why, corpus, victim, reason } of refusals) {
    it(`refuses, with the reason, when ${why}`, () => {
      const store = storeOf(corpus);
      const before = observable(store);
      expect(store.removeDocumentInPlace(victim.document.id, [])).toMatch(reason);
      expect(observable(store)).toEqual(before);
    });
  }

  it('takes out a document that alone relates two entities of earlier documents, when a later one exists', () => {
    const [tarsk, velmar] = [
      { name: 'Tarsk', type: 'COUNTRY' },
      { name: 'Velmar', type: 'COUNTRY' },
    ] as const;
    const corpus = [
      doc('Tarsk and Velmar held talks.', [tarsk, velmar]),
      doc('Tarsk opposes Velmar.', [tarsk, velmar], [{ subject: 'country:tarsk', predicate: 'OPPOSES', object: 'country:velmar' }]),
      doc('Ostravia held elections.', [{ name: 'Ostravia', type: 'COUNTRY' }]),
    ];
    const store = storeOf(corpus);
    const victim = corpus[1] as Extraction;
    expect(store.removeDocumentInPlace(victim.document.id, [])).toBeUndefined();
    expect(observable(store)).toEqual(observable(storeOf(corpus.filter((e) => e !== victim))));
  });

  it('refuses while some document names in a claim an entity it does not list', () => {
    const outside = doc('Russia sent troops to Kazakhstan.', [RUSSIA_AND_KAZAKHSTAN[0]], [SENT_TROOPS]);
    const store = storeOf([moscow, outside, smallDocument(4)]);
    expect(store.removeDocumentInPlace(smallDocument(4).document.id, [])).toMatch(/does not list/);
  });

  it('refuses when another document repeated the id of one of its statements', () => {
    const speaking = (sentence: string): Extraction =>
      buildExtraction({
        sentences: [sentence],
        entities: [RUSSIA_AND_KAZAKHSTAN[0]],
        statements: [{ id: 'st:same', speaker: RUSSIA, text: 'no', reportedBy: null }],
      });
    const [first, second] = [speaking('Russia said no.'), speaking('Russia said no again.')];
    const store = storeOf([first, second, smallDocument(5)]);
    expect(store.removeDocumentInPlace(first.document.id, [])).toMatch(/repeated/);
  });

  it('refuses to put back the names the newest document replaced once a rename was checked against them', () => {
    const store = storeOf(CORPORA['hand-built documents'] ?? []);
    const newest = CORPORA['hand-built documents']?.at(-1);
    if (newest === undefined) throw new Error('no hand-built documents');
    const rename = { seq: 20, op: { kind: 'rename' as const, id: 'country:republic-of-testland-1', name: 'Testland' } };
    expect(store.removeDocumentInPlace(newest.document.id, [rename])).toMatch(/rename/);
  });

  it('refuses when a curation names one of its entities', () => {
    const store = storeOf([moscow, smallDocument(3)]);
    const curation = { seq: 9, op: { kind: 'rename' as const, id: 'country:republic-of-testland-3', name: 'Testland' } };
    expect(store.removeDocumentInPlace(smallDocument(3).document.id, [curation])).toMatch(/curation 9/);
    expect(store.removeDocumentInPlace(smallDocument(3).document.id, [])).toBeUndefined();
  });

  it('refuses for a person who would lose a role only it states, once another document names the person and a later one exists', () => {
    const leads = buildExtraction({
      sentences: ['Kazakh President Kasim Khomart Tokayev spoke.'],
      entities: [
        { name: 'Kasim Khomart Tokayev', type: 'PERSON' },
        { name: 'Kazakhstan', type: 'COUNTRY' },
      ],
      relations: [{ subject: 'person:kasim-khomart-tokayev', predicate: 'LEADS', object: KAZAKHSTAN, role: 'President' }],
    });
    const mentionOnly = buildExtraction({ sentences: ['Kasim Khomart Tokayev flew home.'], entities: [{ name: 'Kasim Khomart Tokayev', type: 'PERSON' }] });
    const store = storeOf([mentionOnly, leads, doc('Russia spoke.', [RUSSIA_AND_KAZAKHSTAN[0]])]);
    expect(store.removeDocumentInPlace(leads.document.id, [])).toMatch(/lose a role/);
  });
});
